using System.Globalization;
using System.Text;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Rules.Backtest;

public enum LeadSplitMethod
{
    /// <summary>A stable hash of the lead's external id (its id when that is empty) picks the held-out leads: the same every run.</summary>
    Hash,

    /// <summary>Leads created before <see cref="LeadSplit.At"/> train, the rest test.</summary>
    Time,
}

/// <summary>Which leads a fit or backtest learns from (train) and which it is judged on (test).</summary>
/// <param name="TestFraction">HASH: the share held out, strictly between 0 and 1.</param>
public sealed record LeadSplit(LeadSplitMethod Method, double TestFraction, DateTime? At)
{
    public const double DefaultTestFraction = 0.3;

    /// <summary>The argument name errors use.</summary>
    public const string Argument = "split";

    public bool IsTest(Lead lead) => Method == LeadSplitMethod.Time
        ? lead.CreatedAt >= At!.Value
        : HashUnit(string.IsNullOrEmpty(lead.ExternalId) ? "#" + lead.Id.ToString(CultureInfo.InvariantCulture) : lead.ExternalId) < TestFraction;

    /// <summary>FNV-1a (64-bit) of the UTF-8 text, as a number in [0, 1): stable across runs, machines and .NET versions
    /// (string.GetHashCode is randomised per process).</summary>
    public static double HashUnit(string text)
    {
        var hash = 14695981039346656037UL;
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(text) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        // Mix the high bits down (FNV's low bits are the better ones, its top bits the weaker), then take 53 bits.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>The split an argument asks for, or the error naming the part that is wrong.</summary>
    public static (LeadSplit? Split, RuleValidationError? Error) From(IDictionary<string, object?>? input)
    {
        if (input is null)
            return (null, null);
        var method = input.TryGetValue("method", out var m) && m is LeadSplitMethod given ? given : LeadSplitMethod.Hash;
        var fraction = input.TryGetValue("testFraction", out var f) && f is not null ? Convert.ToDouble(f, CultureInfo.InvariantCulture) : DefaultTestFraction;
        var at = input.TryGetValue("at", out var a) && a is not null ? (DateTime?)ToUtc(a) : null;
        if (method == LeadSplitMethod.Hash && !(fraction > 0 && fraction < 1))
            return (null, new RuleValidationError($"testFraction must be strictly between 0 and 1 (got {fraction.ToString(CultureInfo.InvariantCulture)})", null, $"{Argument}.testFraction"));
        if (method == LeadSplitMethod.Time && at is null)
            return (null, new RuleValidationError("a TIME split needs at: leads created before it train, the others test", null, $"{Argument}.at"));
        return (new LeadSplit(method, fraction, at), null);
    }

    private static DateTime ToUtc(object value) => value switch
    {
        DateTimeOffset o => o.UtcDateTime,
        DateTime d => d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime(),
        _ => DateTime.Parse(value.ToString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
    };

    public string Describe() => Method == LeadSplitMethod.Time
        ? $"TIME: created before {At!.Value.ToString("u", CultureInfo.InvariantCulture)} train, the rest test"
        : $"HASH: {TestFraction.ToString("0.###", CultureInfo.InvariantCulture)} of leads held out by a hash of the external id";
}
