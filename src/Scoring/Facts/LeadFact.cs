using NRules.RuleModel;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Facts;

/// <summary>A lead as the rules see it: profile, engagement counts (raw and decayed) and, for routing, its score.</summary>
public sealed record LeadFact : IIdentityProvider
{
    public required int Id { get; init; }
    public int? AccountId { get; init; }
    public int? ContactId { get; init; }
    public LeadSource Source { get; init; }
    public string? Email { get; init; }
    /// <summary>Lower-case.</summary>
    public string? EmailDomain { get; init; }
    public bool IsFreeMail { get; init; }
    /// <summary>Company web domain, lower-case.</summary>
    public string? Domain { get; init; }
    public string? Company { get; init; }
    public string? JobTitle { get; init; }
    /// <summary>Title says C-level, owner, founder, director or VP.</summary>
    public bool IsExecutive { get; init; }
    /// <summary>Title says manager, head or lead.</summary>
    public bool IsManager { get; init; }
    /// <summary>ISO 3166 alpha-2, upper-case.</summary>
    public string? Country { get; init; }
    public string? Industry { get; init; }
    public int? Employees { get; init; }
    public decimal? AnnualRevenue { get; init; }
    public bool HasPhone { get; init; }
    public bool ConsentEmail { get; init; }
    public string? Campaign { get; init; }
    public string? UtmSource { get; init; }
    public string? UtmMedium { get; init; }

    public int Visits { get; init; }
    public int EmailOpens { get; init; }
    public int EmailClicks { get; init; }
    public int FormPosts { get; init; }
    public int Webinars { get; init; }
    public int EventVisits { get; init; }
    public int Downloads { get; init; }
    /// <summary>Total minutes on the web site, where the tracking reports it.</summary>
    public int MinutesOnSite { get; init; }
    /// <summary>Null when the lead never did anything.</summary>
    public int? DaysSinceLastActivity { get; init; }
    /// <summary>Each visit counts 0.5^(age / half-life); see <see cref="EngagementSummary"/>.</summary>
    public double DecayedVisits { get; init; }
    public double DecayedEmailOpens { get; init; }
    public double DecayedEmailClicks { get; init; }
    public double DecayedFormPosts { get; init; }
    public double DecayedWebinars { get; init; }
    public double DecayedEventVisits { get; init; }
    public double DecayedDownloads { get; init; }
    /// <summary>Sum of all decayed counts.</summary>
    public double DecayedEngagement { get; init; }

    /// <summary>The lead's custom fields (imported columns, submitted extras), read by rules through <see cref="Field"/>,
    /// <see cref="Number"/>, <see cref="Flag"/>, <see cref="Date"/> and <see cref="IsMissing"/>; not a field of its own.</summary>
    public CustomFieldValues CustomFields { get; init; } = CustomFieldValues.Empty;

    /// <summary>Set by the scoring stage; visible to routing rules only.</summary>
    public int Score { get; init; }
    public int FitScore { get; init; }
    public int EngagementScore { get; init; }
    public LeadGrade Grade { get; init; } = LeadGrade.D;

    public object GetIdentity() => new FactKey("Lead", Id);

    /// <summary>The text of a text (or date) custom field; null when missing.</summary>
    public string? Field(string name) => CustomFields.Text(name);

    /// <summary>A number custom field; null when missing, so every comparison with it is false.</summary>
    public double? Number(string name) => CustomFields.Number(name);

    /// <summary>A yes/no custom field: true only for a stored yes (missing is false; see <see cref="IsMissing"/>).</summary>
    public bool Flag(string name) => CustomFields.Flag(name);

    /// <summary>A date custom field (UTC); null when missing, so every comparison with it is false.</summary>
    public DateTime? Date(string name) => CustomFields.Date(name);

    /// <summary>No value: absent, blank or one of the mapping's missing-value placeholders.</summary>
    public bool IsMissing(string name) => CustomFields.IsMissing(name);

    /// <summary>The same lead with its engagement counts taken from a summary.</summary>
    public LeadFact WithEngagement(EngagementSummary summary) => this with
    {
        Visits = summary.Visits,
        EmailOpens = summary.EmailOpens,
        EmailClicks = summary.EmailClicks,
        FormPosts = summary.FormPosts,
        Webinars = summary.Webinars,
        EventVisits = summary.EventVisits,
        Downloads = summary.Downloads,
        DaysSinceLastActivity = summary.DaysSinceLastActivity,
        DecayedVisits = summary.DecayedVisits,
        DecayedEmailOpens = summary.DecayedEmailOpens,
        DecayedEmailClicks = summary.DecayedEmailClicks,
        DecayedFormPosts = summary.DecayedFormPosts,
        DecayedWebinars = summary.DecayedWebinars,
        DecayedEventVisits = summary.DecayedEventVisits,
        DecayedDownloads = summary.DecayedDownloads,
        DecayedEngagement = summary.DecayedTotal,
    };
}
