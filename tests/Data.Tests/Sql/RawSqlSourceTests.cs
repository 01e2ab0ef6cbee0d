using System.Text.RegularExpressions;

namespace SalesGraph.Data.Tests.Sql;

/// <summary>Raw SQL is written only in <c>src/Data/Sql</c> (the dialects, checked for both providers by <see cref="SqlDialectTests"/>):
/// anywhere else in <c>src</c>, a call that runs SQL text takes a statement of the dialect, never a string literal.</summary>
public partial class RawSqlSourceTests
{
    [Fact]
    public void Sources_OutsideTheDialects_RunNoSqlWrittenInPlace()
    {
        var root = Path.Combine(RepositoryRoot(), "src");
        var dialects = Path.Combine(root, "Data", "Sql") + Path.DirectorySeparatorChar;
        var offenders = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            if (file.StartsWith(dialects, StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!RawSqlCall().IsMatch(lines[i]))
                    continue;
                calls++;
                if (lines[i].Contains('"', StringComparison.Ordinal) || lines[i].TrimEnd().EndsWith('(') || lines[i].Contains('$', StringComparison.Ordinal))
                    offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }

        Assert.Empty(offenders);
        Assert.InRange(calls, 4, 100); // the pattern still finds the calls that take dialect statements
    }

    [GeneratedRegex(@"CommandText\s*=|ExecuteSqlRaw|ExecuteSql\(|ExecuteSqlAsync\(|FromSql|SqlQuery|migrationBuilder\.Sql\(")]
    private static partial Regex RawSqlCall();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesGraph.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("SalesGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
