using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring;

/// <summary>The starting rule set of each kind, seeded by the Api; what each rule does and why is in DefaultRules.md.</summary>
public static class DefaultRules
{
    private const ScoreDimension Fit = ScoreDimension.Fit;
    private const ScoreDimension Engagement = ScoreDimension.Engagement;
    private const ScoreDimension Bid = ScoreDimension.Bid;

    public static IReadOnlyList<RuleSpec> For(RuleSetKind kind) => kind switch
    {
        RuleSetKind.LeadScoring => LeadScoring,
        RuleSetKind.LeadRouting => LeadRouting,
        RuleSetKind.TenderEvaluation => TenderEvaluation,
        _ => CustomerStrategy,
    };

    public static IReadOnlyList<RuleSpec> All => [.. LeadScoring, .. LeadRouting, .. TenderEvaluation, .. CustomerStrategy];

    private static readonly RuleSpec[] LeadScoring =
    [
        Scoring(101, "Enterprise company size", "Lead.Employees >= 1000", new AddPoints(Fit, 20)),
        Scoring(102, "Mid-market company size", "Lead.Employees >= 100 && Lead.Employees < 1000", new AddPoints(Fit, 12)),
        Scoring(103, "Annual revenue over 10 million", "Lead.AnnualRevenue >= 10000000", new AddPoints(Fit, 10)),
        Scoring(104, "Target industry", "Lead.Industry in (\"Software\", \"Financial Services\", \"Manufacturing\", \"Healthcare\", \"Education\")", new AddPoints(Fit, 10)),
        Scoring(105, "Core territory", "Lead.Country in (\"NL\", \"BE\", \"LU\", \"DE\", \"AT\", \"CH\", \"GB\", \"FR\")", new AddPoints(Fit, 10)),
        Scoring(106, "Executive title", "Lead.IsExecutive", new AddPoints(Fit, 15)),
        Scoring(107, "Manager title", "Lead.IsManager && !Lead.IsExecutive", new AddPoints(Fit, 8)),
        Scoring(108, "Working e-mail domain of a customer", "Lead.EmailDomain == Account.Domain && Account.IsCustomer", new AddPoints(Fit, 15)),
        Scoring(109, "Decision makers known at the account", "Lead.AccountId == Account.Id && Contact.AccountId == Account.Id && Contact.IsDecisionMaker", new AddPoints(Fit, 5, 15)),
        Scoring(110, "Referred by a customer or partner", "Lead.Source == \"Referral\"", new AddPoints(Fit, 15)),
        Scoring(111, "Free-mail address", "Lead.IsFreeMail", new AddPoints(Fit, -10)),
        Scoring(112, "Student or intern", "Lead.JobTitle.Contains(\"student\") || Lead.JobTitle.Contains(\"intern\")", new AddPoints(Fit, -20)),
        Scoring(113, "Students are grade D", "Lead.JobTitle.StartsWith(\"student\")", new SetGrade(LeadGrade.D), 100),
        Scoring(121, "Filled in a form", "Lead.FormPosts >= 1", new AddPoints(Engagement, 15)),
        Scoring(122, "Filled in several forms", "Lead.FormPosts >= 3", new AddPoints(Engagement, 10)),
        Scoring(123, "Long time on the site", "Lead.MinutesOnSite >= 10", new AddPoints(Engagement, 15)),
        Scoring(124, "Very long time on the site", "Lead.MinutesOnSite >= 30", new AddPoints(Engagement, 10)),
        Scoring(125, "Returning visitor", "Lead.Visits >= 5", new AddPoints(Engagement, 5)),
        Scoring(126, "Attended a webinar", "Lead.Webinars >= 1", new AddPoints(Engagement, 10)),
        Scoring(127, "Visited an event", "Lead.EventVisits >= 1", new AddPoints(Engagement, 10)),
        Scoring(128, "Downloaded content", "Lead.Downloads >= 1", new AddPoints(Engagement, 5)),
        Scoring(129, "Clicks in e-mails", "Lead.EmailClicks >= 2", new AddPoints(Engagement, 5)),
        Scoring(130, "Reads e-mails", "Lead.EmailOpens >= 3", new AddPoints(Engagement, 3)),
        Scoring(131, "No e-mail consent", "!Lead.ConsentEmail", new AddPoints(Engagement, -5)),
        Scoring(132, "Gone quiet for three months", "Lead.DaysSinceLastActivity > 90", new AddPoints(Engagement, -10)),
    ];

    private static readonly RuleSpec[] LeadRouting =
    [
        Routing(201, "Disqualify students", "Lead.JobTitle.Contains(\"student\") && Lead.Grade == \"D\"", new SetStage(LeadStage.Disqualified), 100),
        Routing(202, "Disqualify anonymous free-mail leads", "Lead.IsFreeMail && Lead.Company == null && Lead.EngagementScore <= 0", new SetStage(LeadStage.Disqualified), 90),
        Routing(203, "Hot A/B lead that asked for contact is sales-qualified", "Lead.Score >= 70 && Lead.Grade in (\"A\", \"B\") && Lead.FormPosts >= 1", new SetStage(LeadStage.Sql), 50),
        Routing(211, "Existing customers go to account management", "Lead.EmailDomain == Account.Domain && Account.IsCustomer", new Route("Account Management", 24), 80),
        Routing(212, "Enterprise EMEA", "Lead.Employees >= 1000 && Lead.Country in (\"NL\", \"BE\", \"LU\", \"DE\", \"AT\", \"CH\", \"GB\", \"FR\") && Lead.Score >= 50", new Route("Enterprise EMEA", 24), 60),
        Routing(213, "Benelux sales", "Lead.Country in (\"NL\", \"BE\", \"LU\") && Lead.Score >= 50", new Route("Benelux Sales", 48), 40),
        Routing(214, "DACH sales", "Lead.Country in (\"DE\", \"AT\", \"CH\") && Lead.Score >= 50", new Route("DACH Sales", 48), 40),
        Routing(215, "Referrals fast lane", "Lead.Source == \"Referral\" && Lead.Score >= 30", new Route("Inside Sales", 8), 20),
        Routing(216, "Inside sales for every other qualified lead", "Lead.Score >= 50", new Route("Inside Sales", 72), 10),
        Routing(221, "Re-engage quiet leads", "Lead.DaysSinceLastActivity > 60", new Nurture("Re-engagement"), 30),
        Routing(222, "Product deep-dive for good-fit leads", "Lead.Grade in (\"A\", \"B\")", new Nurture("Product deep-dive"), 20),
        Routing(223, "Early education for everyone else", "true", new Nurture("Early education"), 10),
        Routing(231, "Suspect account for a promising new company", "Lead.AccountId == null && !Lead.IsFreeMail && Lead.Domain != null && Lead.Company != null && Lead.Grade in (\"A\", \"B\")", new CreateSuspectAccount(), 10),
    ];

    private static readonly RuleSpec[] TenderEvaluation =
    [
        Tender(301, "Core CPV fit", "Tender.CpvMatchDigits >= 3", new AddPoints(Bid, 30)),
        Tender(302, "Broad CPV fit", "Tender.CpvMatchDigits == 2", new AddPoints(Bid, 15)),
        Tender(303, "Sweet-spot contract value", "Tender.Value >= 100000 && Tender.Value <= 5000000", new AddPoints(Bid, 20)),
        Tender(304, "Large contract value", "Tender.Value > 5000000", new AddPoints(Bid, 10)),
        Tender(305, "Contract too small", "Tender.Value < 25000", new AddPoints(Bid, -20)),
        Tender(306, "Enough time to write a bid", "Tender.DaysToDeadline >= 21", new AddPoints(Bid, 15)),
        Tender(307, "Too little time", "Tender.DaysToDeadline < 10", new AddPoints(Bid, -25)),
        Tender(308, "Open procedure", "Tender.Procedure == \"Open\"", new AddPoints(Bid, 10)),
        Tender(309, "Selective procedure", "Tender.Procedure == \"Selective\"", new AddPoints(Bid, 5)),
        Tender(310, "Quality weighs at least half", "Tender.QualityWeight >= 50", new AddPoints(Bid, 15)),
        Tender(311, "Price-driven award", "Tender.PriceWeight >= 70", new AddPoints(Bid, -15)),
        Tender(312, "Suitable for SMEs", "Tender.SuitableForSme", new AddPoints(Bid, 5)),
        Tender(321, "Outside what we deliver", "Tender.CpvMatchDigits == 0", new Decide(BidDecision.NoBid), 90),
        Tender(322, "Deadline passed", "Tender.DaysToDeadline < 0", new Decide(BidDecision.NoBid), 100),
        Tender(331, "Large bids to the enterprise bid desk", "Tender.Value > 5000000", new Route("Enterprise Bid Desk", 48), 20),
        Tender(332, "Public-sector bid team", "true", new Route("Public Sector Bids", 72), 10),
    ];

    private static readonly RuleSpec[] CustomerStrategy =
    [
        Customer(401, "Retain the top of the pyramid", "Customer.PyramidTier in (\"Top\", \"Large\")", new Tag(StrategyTag.Retain)),
        Customer(402, "Develop medium customers that are not shrinking", "Customer.PyramidTier == \"Medium\" && Customer.RevenueGrowth >= 0", new Tag(StrategyTag.Develop)),
        Customer(403, "Develop fast-growing small customers", "Customer.PyramidTier == \"Small\" && Customer.RevenueGrowth >= 20", new Tag(StrategyTag.Develop)),
        Customer(404, "Reduce cost to serve of shrinking small customers", "Customer.PyramidTier == \"Small\" && Customer.RevenueGrowth < 0", new Tag(StrategyTag.Reduce)),
        Customer(405, "Win back valuable ex-customers", "Customer.RelationshipStage == \"ExCustomer\" && Customer.RevenueTotal >= 10000", new Tag(StrategyTag.WinBack)),
        Customer(406, "Acquire prospects", "Customer.PyramidTier == \"Prospect\"", new Tag(StrategyTag.Acquire)),
        Customer(407, "Acquire large suspects", "Customer.PyramidTier == \"Suspect\" && Customer.Employees >= 500", new Tag(StrategyTag.Acquire)),
        Customer(408, "Retain unhappy customers", "Customer.IsCustomer && Customer.Nps < 0", new Tag(StrategyTag.Retain)),
        Customer(409, "Develop loyal promoters", "Customer.RelationshipStage == \"Loyal\" && Customer.Nps >= 50", new Tag(StrategyTag.Develop)),
    ];

    private static RuleSpec Scoring(int id, string name, string when, RuleAction then, int priority = 0) => new(id, name, RuleSetKind.LeadScoring, when, then, priority);

    private static RuleSpec Routing(int id, string name, string when, RuleAction then, int priority) => new(id, name, RuleSetKind.LeadRouting, when, then, priority);

    private static RuleSpec Tender(int id, string name, string when, RuleAction then, int priority = 0) => new(id, name, RuleSetKind.TenderEvaluation, when, then, priority);

    private static RuleSpec Customer(int id, string name, string when, RuleAction then) => new(id, name, RuleSetKind.CustomerStrategy, when, then);
}
