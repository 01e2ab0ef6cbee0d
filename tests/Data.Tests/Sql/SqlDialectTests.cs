using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SalesGraph.Data.Sql;
using Snapshooter.Xunit;

namespace SalesGraph.Data.Tests.Sql;

/// <summary>Every raw statement of <see cref="SqlDialect"/>, for both providers: each has a form on both (a statement that only
/// SQLite has fails here), its parameters are the ones its text names, and the SQL Server text is kept as a snapshot.</summary>
public partial class SqlDialectTests
{
    private static readonly string[] LeadColumns = ["Source", "ExternalId", "Email", "Company", "AnnualRevenue"];

    /// <summary>Arguments for the statements that take some; a new statement with parameters needs an entry here.</summary>
    private static readonly Dictionary<string, object[]> Arguments = new(StringComparer.Ordinal)
    {
        [nameof(SqlDialect.InsertLead)] = [LeadColumns, new[] { true, true, true, false, true }],
        [nameof(SqlDialect.UpdateLead)] = [LeadColumns],
    };

    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> StatementNames() => [.. Members().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(StatementNames))]
    public void Statement_OnBothProviders_HasATextThatBindsExactlyItsParameters(string name)
    {
        var member = Members().Single(m => m.Name == name);

        foreach (var dialect in new[] { SqlDialect.Sqlite, SqlDialect.SqlServer })
        {
            var statement = Run(member, dialect);
            if (statement is null)
            {
                // Only a setting may be absent on a provider, and only when declared so (SqlStatement?).
                Assert.True(IsOptional(member), $"{dialect.Provider} has no {name}; every statement needs a form for each provider.");
                continue;
            }
            Assert.Equal(name, statement.Name);
            Assert.False(string.IsNullOrWhiteSpace(statement.Text));
            Assert.Equal(statement.Parameters.Order(StringComparer.Ordinal), ParameterNames().Matches(statement.Text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));
        }
        Assert.Equal(Run(member, SqlDialect.Sqlite)?.Parameters ?? [], Run(member, SqlDialect.SqlServer)?.Parameters ?? []);
    }

    [Fact]
    public void Statements_SqlServer_MatchSnapshot() => Print(SqlDialect.SqlServer).MatchSnapshot();

    [Fact]
    public void Statements_Sqlite_MatchSnapshot() => Print(SqlDialect.Sqlite).MatchSnapshot();

    [Fact]
    public void Statements_WithParameters_AllHaveArgumentsHere() =>
        Assert.All(Members().OfType<MethodInfo>(), m => Assert.True(Arguments.ContainsKey(m.Name), $"{m.Name} needs sample arguments in SqlDialectTests.Arguments"));

    private static string Print(SqlDialect dialect)
    {
        var text = new StringBuilder();
        foreach (var member in Members())
        {
            var statement = Run(member, dialect);
            text.Append("-- ").Append(member.Name).Append(" (").Append(statement is null ? "none" : string.Join(", ", statement.Parameters)).AppendLine(")");
            text.AppendLine(statement?.Text ?? "").AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Every public member of the dialect that gives a statement: properties and methods, in name order.</summary>
    private static List<MemberInfo> Members() =>
    [
        .. typeof(SqlDialect).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(SqlStatement)).Cast<MemberInfo>()
            .Concat(typeof(SqlDialect).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.ReturnType == typeof(SqlStatement) && !m.IsSpecialName))
            .OrderBy(m => m.Name, StringComparer.Ordinal),
    ];

    private static SqlStatement? Run(MemberInfo member, SqlDialect dialect) => member switch
    {
        PropertyInfo property => (SqlStatement?)property.GetValue(dialect),
        MethodInfo method => (SqlStatement?)method.Invoke(dialect, Arguments.GetValueOrDefault(method.Name) ?? []),
        _ => throw new InvalidOperationException(member.Name),
    };

    private static bool IsOptional(MemberInfo member) =>
        member is PropertyInfo property && Nullability.Create(property).ReadState == NullabilityState.Nullable;

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterNames();
}
