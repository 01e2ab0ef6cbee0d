using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Leads.CustomFields;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Api.Leads;

public sealed class LeadType : EntityGraphType<Lead>
{
    public LeadType()
    {
        Description = "Someone who showed interest, as a marketing system reported them; scored, graded, staged and routed by the rules.";
        Column(l => l.Id);
        Column(l => l.Source);
        Column(l => l.ExternalId);
        Column(l => l.Email).RequirePersonalData();
        Column(l => l.Phone).RequirePersonalData();
        Column(l => l.FirstName);
        Column(l => l.LastName);
        Column(l => l.Company);
        Column(l => l.Domain);
        Column(l => l.Country);
        Column(l => l.Industry);
        Column(l => l.Employees);
        Column(l => l.AnnualRevenue);
        Column(l => l.Stage);
        Column(l => l.Grade);
        Column(l => l.Score, "totalScore").Description = "Fit + engagement; the same as score.total, as a filterable and sortable column.";
        Column(l => l.FitScore);
        Column(l => l.EngagementScore);
        Column(l => l.NurtureTrack);
        Column(l => l.FollowUpDueAt);
        Column(l => l.ScoredAt);
        Column(l => l.ScoreRuleVersion);
        Column(l => l.CreatedAt);
        CustomFieldsColumn(l => l.CustomFields, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CustomFieldValueType>>>), json => CustomFieldValues.Parse(json).All.ToList())
            .Description = "Imported columns and submitted extras, typed (see CustomFieldValue); filterable by name and value.";
        Reference(l => l.RouteTeam);
        Reference(l => l.AssignedRep);
        Field<NonNullGraphType<LeadScoreType>>("score")
            .Description("Score, grade, stage, route and the rules that decided them (columns and the newest stored result, loaded per page).")
            .Resolve(c => LeadScoreLoader.Load(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadScoreEntryType>>>>("scoreHistory")
            .Description($"Every stored score result, newest first (at most {LeadScoreHistoryLoader.MaxEntries}), with its rule versions and date.")
            .Resolve(c => LeadScoreHistoryLoader.Load(c, c.Source.Id));
        Reference(l => l.Account);
        Reference(l => l.Contact);
        Collection(l => l.Engagements);
    }
}
