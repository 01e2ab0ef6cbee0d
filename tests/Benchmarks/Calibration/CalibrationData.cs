using System.Data.Common;
using System.Globalization;
using System.Text;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Calibration;

/// <summary>
/// Leads with a known outcome and 40 custom fields (18 text fields of 3 to 8 levels, 14 numbers, 8 yes/no; each missing for some
/// leads, as null or left out), the outcome drawn from a logistic model over some of the fields; a 50-rule AddPoints draft over 10
/// of the fields (levels, number thresholds, yes / no / missing) and 30 fields that no rule names, for suggestRules. Deterministic.
/// </summary>
internal static class CalibrationData
{
    /// <summary>Bump when the generated data changes: the cached database file is keyed by it.</summary>
    public const int Version = 1;

    public static readonly string[] TextFields = [.. Enumerable.Range(1, 18).Select(i => $"T{i:00}")];
    public static readonly string[] NumberFields = [.. Enumerable.Range(1, 14).Select(i => $"N{i:00}")];
    public static readonly string[] FlagFields = [.. Enumerable.Range(1, 8).Select(i => $"F{i:00}")];

    /// <summary>The fields the draft's rules test.</summary>
    public static readonly string[] RuleFields = [.. TextFields[..4], .. NumberFields[..4], .. FlagFields[..2]];

    /// <summary>The 30 fields no rule tests, as suggestRules names them.</summary>
    public static readonly string[] UnusedFields = [.. TextFields[4..].Concat(NumberFields[4..]).Concat(FlagFields[2..]).Select(f => "customFields." + f)];

    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes the custom-field catalogue and <paramref name="leads"/> leads in one transaction with prepared commands, on an
    /// open connection to a migrated database.</summary>
    public static void Write(DbConnection connection, int leads)
    {
        var random = new Random(12);
        using var transaction = connection.BeginTransaction();
        using (var definitions = connection.CreateCommand())
        {
            var rows = TextFields.Select(f => (f, "Text")).Concat(NumberFields.Select(f => (f, "Number"))).Concat(FlagFields.Select(f => (f, "YesNo")));
            definitions.CommandText = "INSERT INTO CustomFieldDefinitions (Name, Type, MissingValues, \"Column\", Origin, CreatedAt) VALUES "
                + string.Join(", ", rows.Select(r => $"('{r.Item1}', '{r.Item2}', '[\"\"]', '{r.Item1}', 'Import', '{Text(Start)}')"));
            definitions.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Leads (Source, ExternalId, Country, JobTitle, Employees, IsFreeMailDomain, ConsentEmail, ConsentPhone, ConsentTracking, MatchMethod, Score, FitScore, EngagementScore, Stage, Converted, CustomFields, CreatedAt, UpdatedAt, RowVersion) "
            + "VALUES ($1, $2, $3, $4, $5, 0, 1, 0, 0, 'None', 0, 0, 0, 'New', $6, $7, $8, $8, 0)";
        var parameters = Enumerable.Range(1, 8).Select(i =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"${i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        command.Prepare();
        string?[] countries = ["NL", "BE", "DE", "GB", "FR", "US", "IN", null];
        string?[] titles = ["CEO", "IT Manager", "Developer", "Student", "Consultant", null];
        string[] sources = ["WebForm", "Referral", "Event", "Webinar", "Other"];
        var json = new StringBuilder(2048);
        for (var i = 0; i < leads; i++)
        {
            var z = -1.3;
            json.Clear().Append('{');
            for (var f = 0; f < TextFields.Length; f++)
            {
                var levels = 3 + f % 6;
                // Skewed: level 1 most common.
                var level = random.NextDouble() < 0.08 ? 0 : 1 + (int)(Math.Pow(random.NextDouble(), 1.6) * levels);
                z += f switch
                {
                    0 => level == 1 ? 0.7 : level == 2 ? -0.4 : 0,
                    1 => level == 3 ? 0.5 : 0,
                    3 => level == 0 ? -0.6 : 0,
                    4 => level == 1 ? 0.6 : level == 2 ? -0.3 : 0,
                    7 => level == 4 ? 0.8 : 0,
                    11 => level == 0 ? 0.4 : 0,
                    _ => 0,
                };
                Field(json, TextFields[f], level == 0 ? null : $"\"Level {level}\"", random);
            }
            for (var f = 0; f < NumberFields.Length; f++)
            {
                var missing = random.NextDouble() < 0.1;
                var value = f % 3 == 0 ? random.Next(0, 30) : Math.Round(Math.Exp(random.NextDouble() * 7), 1);
                if (!missing)
                {
                    z += f switch
                    {
                        0 => value / 30.0,
                        2 => value > 200 ? 0.4 : 0,
                        5 => value > 100 ? -0.5 : 0,
                        6 => value / 60.0,
                        _ => 0,
                    };
                }
                Field(json, NumberFields[f], missing ? null : value.ToString(CultureInfo.InvariantCulture), random);
            }
            for (var f = 0; f < FlagFields.Length; f++)
            {
                var draw = random.NextDouble();
                bool? flag = draw < 0.1 ? null : draw < 0.45;
                z += f switch
                {
                    0 => flag == true ? 0.5 : 0,
                    2 => flag == true ? -0.5 : 0,
                    4 => flag is null ? 0.4 : 0,
                    _ => 0,
                };
                Field(json, FlagFields[f], flag is null ? null : flag.Value ? "true" : "false", random);
            }
            json.Length--;
            json.Append('}');
            parameters[0].Value = sources[random.Next(sources.Length)];
            parameters[1].Value = $"cal-{i}";
            parameters[2].Value = (object?)countries[random.Next(countries.Length)] ?? DBNull.Value;
            parameters[3].Value = (object?)titles[random.Next(titles.Length)] ?? DBNull.Value;
            parameters[4].Value = random.Next(4) == 0 ? DBNull.Value : random.Next(1, 5000);
            parameters[5].Value = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
            parameters[6].Value = json.ToString();
            parameters[7].Value = Text(Start.AddMinutes(i * 5));
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>A missing value is null or left out, one each half.</summary>
    private static void Field(StringBuilder json, string name, string? value, Random random)
    {
        if (value is null && random.Next(2) == 0)
            return;
        json.Append('"').Append(name).Append("\":").Append(value ?? "null").Append(',');
    }

    /// <summary>The 50 AddPoints rules of the draft: 5 levels of each of 4 text fields, 6 thresholds of each of 4 numbers, yes / no /
    /// missing of 2 yes/no fields; points of both signs.</summary>
    public static IReadOnlyList<RuleSpec> Rules()
    {
        var rules = new List<RuleSpec>();
        var points = new Random(7);
        int Points() => points.Next(-8, 16);
        foreach (var field in TextFields[..4])
        {
            for (var level = 1; level <= 5; level++)
                rules.Add(Rule($"{field} level {level}", $"Lead.Field(\"{field}\") == \"Level {level}\"", Points()));
        }
        foreach (var field in NumberFields[..4])
        {
            foreach (var threshold in new[] { 1, 5, 10, 20, 50, 300 })
                rules.Add(Rule($"{field} at least {threshold}", $"Lead.Number(\"{field}\") >= {threshold}", Points()));
        }
        foreach (var field in FlagFields[..2])
        {
            rules.Add(Rule($"{field} yes", $"Lead.Flag(\"{field}\")", Points()));
            rules.Add(Rule($"{field} no", $"!Lead.Flag(\"{field}\") && !Lead.IsMissing(\"{field}\")", Points()));
            rules.Add(Rule($"{field} missing", $"Lead.IsMissing(\"{field}\")", Points()));
        }
        return rules;
    }

    private static RuleSpec Rule(string name, string when, int points) =>
        new(0, name, RuleSetKind.LeadScoring, when, new AddPoints(ScoreDimension.Fit, points == 0 ? 1 : points));

    /// <summary>The text EF Core's SQLite provider stores a DateTime as.</summary>
    private static string Text(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
