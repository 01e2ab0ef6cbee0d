namespace SalesGraph.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (the default, an embedded file) or <see cref="DatabaseProvider.SqlServer"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Load the demo data set into an empty database on start.</summary>
    public bool SeedDemoData { get; set; } = true;
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
