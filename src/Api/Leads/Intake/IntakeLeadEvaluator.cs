using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;
using ScoringRules = SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>
/// Stand-in for issue 3's <c>LeadEvaluator</c>, with its signature: scores, grades, stages and routes tracked, saved leads
/// with <see cref="RuleEngine.EvaluateLeads"/> (one engine batch for the call), writes the outcome onto them and adds a
/// <see cref="ScoreResult"/> per rule set, without saving. Round-robin rep assignment is left to the real evaluator.
/// </summary>
public sealed class IntakeLeadEvaluator(RuleEngine engine, TimeProvider time)
{
    private static readonly string[] ExecutiveWords = ["ceo", "cfo", "cto", "coo", "cio", "cmo", "chief", "owner", "founder", "director", "vp", "vice president", "president", "partner"];
    private static readonly string[] ManagerWords = ["manager", "head", "lead"];

    public async Task EvaluateAsync(SalesDbContext db, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
    {
        if (leads.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var ids = leads.Select(l => l.Id).ToList();
        var events = await db.Engagements.AsNoTracking().Where(e => ids.Contains(e.LeadId))
            .Select(e => new { e.LeadId, e.Kind, e.OccurredAt }).ToListAsync(cancellationToken);
        // Events added in this call are not saved yet: take them from the change tracker.
        var pending = db.ChangeTracker.Entries<Engagement>().Where(e => e.State == EntityState.Added)
            .Select(e => new { e.Entity.LeadId, e.Entity.Kind, e.Entity.OccurredAt });
        var byLead = events.Concat(pending).ToLookup(e => e.LeadId, e => ((SalesGraph.Scoring.Facts.EngagementKind)(int)e.Kind, e.OccurredAt));

        var accountIds = leads.Select(l => l.AccountId).OfType<int>().Distinct().ToList();
        var domains = leads.SelectMany(l => new[] { l.Domain, l.EmailDomain }).OfType<string>().Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id) || (a.Domain != null && domains.Contains(a.Domain)))
            .Select(a => new AccountFact
            {
                Id = a.Id, Name = a.Name, Domain = a.Domain, Industry = a.Industry, Employees = a.Employees,
                AnnualRevenue = a.AnnualRevenue, Country = a.Country, IsCustomer = a.IsCustomer, Nps = a.Nps, LifetimeValue = a.LifetimeValue,
            })
            .ToListAsync(cancellationToken);
        var contactIds = leads.Select(l => l.ContactId).OfType<int>().Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => contactIds.Contains(c.Id))
            .Select(c => new { c.Id, c.AccountId, c.Email, c.JobTitle, c.Role })
            .ToListAsync(cancellationToken);

        var facts = leads.Select(l => ToFact(l).WithEngagement(EngagementSummary.From(byLead[l.Id], now, engine.Options.EngagementHalfLifeDays))).ToList();
        var batch = new LeadBatch(facts, accounts, [.. contacts.Select(c => new ContactFact
        {
            Id = c.Id, AccountId = c.AccountId, Email = c.Email, JobTitle = c.JobTitle, Role = Enum.Parse<ScoringRules.BuyingRole>(c.Role.ToString()),
        })]);
        var evaluations = engine.EvaluateLeads(batch, now).Results.ToDictionary(e => e.LeadId);

        var teamNames = evaluations.Values.Select(e => e.Team).OfType<string>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamNames.Contains(t.Name)).ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        foreach (var lead in leads)
        {
            var evaluation = evaluations[lead.Id];
            lead.FitScore = evaluation.Fit;
            lead.EngagementScore = evaluation.Engagement;
            lead.Score = evaluation.Total;
            lead.Grade = Enum.Parse<LeadGrade>(evaluation.Grade.ToString());
            lead.Stage = Enum.Parse<LeadStage>(evaluation.Stage.ToString());
            lead.RouteTeamId = evaluation.Team is { } team && teams.TryGetValue(team, out var teamId) ? teamId : null;
            lead.FollowUpDueAt = evaluation.FollowUpDueAt;
            lead.NurtureTrack = evaluation.NurtureTrack;
            lead.ScoredAt = now;
            lead.ScoreRuleVersion = evaluation.ScoringVersion;
            db.ScoreResults.Add(Result(lead, evaluation, DataRuleSetKind.LeadScoring, evaluation.ScoringVersion, now));
            db.ScoreResults.Add(Result(lead, evaluation, DataRuleSetKind.LeadRouting, evaluation.RoutingVersion, now));
        }
    }

    private static ScoreResult Result(Lead lead, LeadEvaluation evaluation, DataRuleSetKind kind, int version, DateTime now) => new()
    {
        Subject = ScoreSubject.Lead,
        SubjectId = lead.Id,
        RuleSet = kind,
        RuleSetVersion = version,
        Total = evaluation.Total,
        Fit = evaluation.Fit,
        Engagement = evaluation.Engagement,
        Outcome = JsonSerializer.Serialize(new { grade = evaluation.Grade.ToString(), stage = evaluation.Stage.ToString(), route = evaluation.Team, nurture = evaluation.NurtureTrack }),
        EvaluatedAt = now,
        Hits = [.. evaluation.Hits.Where(h => h.RuleSet.ToString() == kind.ToString() && h.Applied)
            .Select(h => new Data.Rules.RuleHit { RuleId = h.RuleId > 0 ? h.RuleId : null, RuleName = h.RuleName, Points = h.Points, Effect = h.Effect })],
    };

    private static LeadFact ToFact(Lead lead)
    {
        var title = lead.JobTitle?.ToLowerInvariant() ?? "";
        var executive = ExecutiveWords.Any(w => ContainsWord(title, w));
        return new LeadFact
        {
            Id = lead.Id,
            AccountId = lead.AccountId,
            ContactId = lead.ContactId,
            Source = Enum.Parse<ScoringRules.LeadSource>(lead.Source.ToString()),
            Email = lead.Email,
            EmailDomain = lead.EmailDomain,
            IsFreeMail = lead.IsFreeMailDomain,
            Domain = lead.Domain,
            Company = lead.Company,
            JobTitle = lead.JobTitle,
            IsExecutive = executive,
            IsManager = ManagerWords.Any(w => ContainsWord(title, w)),
            Country = lead.Country,
            Industry = lead.Industry,
            Employees = lead.Employees,
            AnnualRevenue = lead.AnnualRevenue,
            HasPhone = lead.Phone is not null,
            ConsentEmail = lead.ConsentEmail,
            Campaign = lead.Campaign,
            UtmSource = lead.UtmSource,
            UtmMedium = lead.UtmMedium,
        };
    }

    private static bool ContainsWord(string text, string word) =>
        text.Split([' ', ',', '/', '-', '&', '.'], StringSplitOptions.RemoveEmptyEntries).Contains(word)
        || (word.Contains(' ') && text.Contains(word, StringComparison.Ordinal));
}
