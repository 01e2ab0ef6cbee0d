using GraphQL.Types;
using SalesGraph.Scoring.Rules;
using Route = SalesGraph.Scoring.Rules.Route;
using DataBidDecision = SalesGraph.Data.Tenders.BidDecision;
using DataCustomerStrategy = SalesGraph.Data.Accounts.CustomerStrategy;
using DataLeadGrade = SalesGraph.Data.Leads.LeadGrade;
using DataLeadStage = SalesGraph.Data.Leads.LeadStage;

namespace SalesGraph.Api.Rules;

/// <summary>What a rule does, shaped like <see cref="RuleActionInputType"/>: exactly one field is set.</summary>
public sealed class RuleActionType : ObjectGraphType<RuleAction>
{
    public const string TypeName = "RuleAction";

    public RuleActionType()
    {
        Name = TypeName;
        Field<AddPointsActionType>("addPoints").Resolve(c => c.Source as AddPoints);
        Field<RouteActionType>("route").Resolve(c => c.Source as Route);
        Field<EnumerationGraphType<DataLeadStage>>("setStage").Resolve(c => c.Source is SetStage s ? Enum.Parse<DataLeadStage>(s.Stage.ToString()) : null);
        Field<StringGraphType>("nurture").Resolve(c => (c.Source as Nurture)?.Track);
        Field<EnumerationGraphType<DataBidDecision>>("decide").Resolve(c => c.Source is Decide d ? Enum.Parse<DataBidDecision>(d.Decision.ToString()) : null);
        Field<Accounts.Scoring.CustomerStrategyType>("tag").Resolve(c => c.Source is Tag t ? Enum.Parse<DataCustomerStrategy>(t.Strategy.ToString()) : null);
        Field<EnumerationGraphType<DataLeadGrade>>("setGrade").Resolve(c => c.Source is SetGrade g ? Enum.Parse<DataLeadGrade>(g.Grade.ToString()) : null);
        Field<BooleanGraphType>("createSuspectAccount").Resolve(c => c.Source is CreateSuspectAccount ? true : null);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Describe());
    }
}
