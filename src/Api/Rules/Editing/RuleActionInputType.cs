using GraphQL.Types;
using SalesGraph.Scoring.Rules;
using DataBidDecision = SalesGraph.Data.Tenders.BidDecision;
using DataCustomerStrategy = SalesGraph.Data.Accounts.CustomerStrategy;
using DataLeadGrade = SalesGraph.Data.Leads.LeadGrade;
using DataLeadStage = SalesGraph.Data.Leads.LeadStage;

namespace SalesGraph.Api.Rules.Editing;

/// <summary><c>input RuleActionInput @oneOf</c>: exactly one action (the executor refuses none or several).</summary>
public sealed class RuleActionInputType : InputObjectGraphType
{
    public RuleActionInputType()
    {
        Name = "RuleActionInput";
        IsOneOf = true;
        Field<AddPointsInputType>("addPoints");
        Field<RouteInputType>("route");
        Field<EnumerationGraphType<DataLeadStage>>("setStage");
        Field<StringGraphType>("nurture");
        Field<EnumerationGraphType<DataBidDecision>>("decide");
        Field<Accounts.Scoring.CustomerStrategyType>("tag");
        Field<EnumerationGraphType<DataLeadGrade>>("setGrade");
        Field<BooleanGraphType>("createSuspectAccount").Description("Routing: create a suspect account for the lead's new company (true).");
    }
}
