using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Rules;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Tenders;

public sealed class TenderType : EntityGraphType<Tender>
{
    public TenderType()
    {
        Description = "A public tender (aanbesteding) with the rules' bid / no-bid decision.";
        Column(t => t.Id);
        Column(t => t.Ocid);
        Column(t => t.Title);
        Column(t => t.BuyerName);
        Column(t => t.MainCpv);
        Column(t => t.ProcurementMethod);
        Column(t => t.ValueAmount);
        Column(t => t.Currency);
        Column(t => t.DeadlineAt);
        Column(t => t.Status);
        Column(t => t.BidDecision);
        Column(t => t.BidScore);
        Column(t => t.EvaluatedAt);
        Column(t => t.EvaluationRuleVersion);
        Reference(t => t.BidTeam);
        Field<RuleEvaluationType>("evaluation")
            .Description("The newest bid evaluation with the rules that fired; null before the first.")
            .Resolve(c => RuleEvaluationLoader.Load(c, ScoreSubject.Tender, c.Source.Id));
    }
}
