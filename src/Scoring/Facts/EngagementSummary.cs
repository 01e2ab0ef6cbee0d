namespace SalesGraph.Scoring.Facts;

/// <summary>Engagement counts of one lead, raw and decayed: an event <c>d</c> days old counts <c>0.5^(d / halfLifeDays)</c>.</summary>
public sealed record EngagementSummary
{
    public int Visits { get; init; }
    public int EmailOpens { get; init; }
    public int EmailClicks { get; init; }
    public int FormPosts { get; init; }
    public int Webinars { get; init; }
    public int EventVisits { get; init; }
    public int Downloads { get; init; }
    public int? DaysSinceLastActivity { get; init; }
    public double DecayedVisits { get; init; }
    public double DecayedEmailOpens { get; init; }
    public double DecayedEmailClicks { get; init; }
    public double DecayedFormPosts { get; init; }
    public double DecayedWebinars { get; init; }
    public double DecayedEventVisits { get; init; }
    public double DecayedDownloads { get; init; }
    public double DecayedTotal => DecayedVisits + DecayedEmailOpens + DecayedEmailClicks + DecayedFormPosts + DecayedWebinars + DecayedEventVisits + DecayedDownloads;

    /// <summary>Weight of an event <paramref name="ageDays"/> old; events in the future count fully.</summary>
    public static double DecayWeight(double ageDays, double halfLifeDays) =>
        halfLifeDays <= 0 ? 1 : Math.Pow(0.5, Math.Max(0, ageDays) / halfLifeDays);

    public static EngagementSummary From(IEnumerable<(EngagementKind Kind, DateTime OccurredAt)> events, DateTime now, double halfLifeDays)
    {
        var counts = new int[7];
        var decayed = new double[7];
        DateTime? last = null;
        foreach (var (kind, occurredAt) in events)
        {
            counts[(int)kind]++;
            decayed[(int)kind] += DecayWeight((now - occurredAt).TotalDays, halfLifeDays);
            if (last is null || occurredAt > last)
                last = occurredAt;
        }
        return new EngagementSummary
        {
            Visits = counts[(int)EngagementKind.WebVisit],
            EmailOpens = counts[(int)EngagementKind.EmailOpen],
            EmailClicks = counts[(int)EngagementKind.EmailClick],
            FormPosts = counts[(int)EngagementKind.FormPost],
            Webinars = counts[(int)EngagementKind.WebinarAttended],
            EventVisits = counts[(int)EngagementKind.EventVisit],
            Downloads = counts[(int)EngagementKind.Download],
            DaysSinceLastActivity = last is { } l ? Math.Max(0, (int)(now - l).TotalDays) : null,
            DecayedVisits = decayed[(int)EngagementKind.WebVisit],
            DecayedEmailOpens = decayed[(int)EngagementKind.EmailOpen],
            DecayedEmailClicks = decayed[(int)EngagementKind.EmailClick],
            DecayedFormPosts = decayed[(int)EngagementKind.FormPost],
            DecayedWebinars = decayed[(int)EngagementKind.WebinarAttended],
            DecayedEventVisits = decayed[(int)EngagementKind.EventVisit],
            DecayedDownloads = decayed[(int)EngagementKind.Download],
        };
    }
}
