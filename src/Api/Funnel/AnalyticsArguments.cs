using GraphQL;

namespace SalesGraph.Api.Funnel;

/// <summary>Reads and checks the arguments shared by funnel, pipeline and leadConversion.</summary>
public static class AnalyticsArguments
{
    /// <summary>
    /// Most groupings at once. Each one multiplies the rows (team × rep × month is already thousands on a large pipeline), and
    /// three answer every question the sales managers asked for.
    /// </summary>
    public const int MaxGroups = 3;

    public const string GroupBy = "groupBy";
    public const string Period = "period";

    /// <summary>The groupings in the order given, or an error naming <c>groupBy</c> (too many, repeated).</summary>
    public static (IReadOnlyList<TGroup> Groups, AnalyticsArgumentError? Error) Groups<TGroup>(IResolveFieldContext context)
        where TGroup : struct, Enum
    {
        var groups = context.GetArgument<List<TGroup>?>(GroupBy) ?? [];
        if (groups.Count > MaxGroups)
        {
            return ([], new AnalyticsArgumentError($"groupBy takes at most {MaxGroups} groupings at once, not {groups.Count}.", GroupBy));
        }

        var repeated = groups.GroupBy(g => g).FirstOrDefault(g => g.Count() > 1);
        return repeated is null
            ? (groups, null)
            : ([], new AnalyticsArgumentError($"groupBy names {ToConstant(repeated.Key)} more than once.", GroupBy));
    }

    /// <summary>The <c>period</c> argument as a half-open UTC range [from, to), or an error when it is empty or inverted.</summary>
    public static (DateTime From, DateTime To)? ReadPeriod(IResolveFieldContext context, out AnalyticsArgumentError? error)
    {
        error = null;
        if (context.Arguments is null || !context.Arguments.TryGetValue(Period, out var value) || value.Value is not IDictionary<string, object?> period)
        {
            return null;
        }

        var from = Utc(period["from"]);
        var to = Utc(period["to"]);
        if (to <= from)
        {
            error = new AnalyticsArgumentError(
                to == from ? "period is empty: `to` equals `from` (the range is [from, to))." : "period is inverted: `to` is before `from`.",
                Period);
            return null;
        }

        return (from, to);
    }

    public static string ToConstant<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToConstantCase();

    public static DateTime Utc(object? value) => value switch
    {
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTime other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => throw new ArgumentException($"Expected a date-time, got {value}.", nameof(value)),
    };
}
