using GraphQL.Types;
using SalesGraph.Api.Accounts.Scoring;
using SalesGraph.Api.Funnel;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Rules;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Accounts;

public sealed class AccountType : EntityGraphType<Account>
{
    public AccountType()
    {
        Description = "A company the sales organisation sells to, or might.";
        Column(a => a.Id);
        Column(a => a.Name);
        Column(a => a.Domain);
        Column(a => a.Industry);
        Column(a => a.Employees);
        Column(a => a.AnnualRevenue);
        Column(a => a.Country).Description = "ISO 3166 alpha-2.";
        Column(a => a.YearEstablished);
        Column(a => a.IsCustomer);
        Column(a => a.CreatedAt);
        Column(a => a.UpdatedAt);
        Collection(a => a.Contacts);
        Collection(a => a.Opportunities);
        Collection(a => a.Leads);
        Collection(a => a.NpsResponses);
        Collection(a => a.RevenueLines);
        Column(a => a.PyramidTier).Description = "Customer-pyramid tier, set by the customer-strategy rules.";
        Column(a => a.RelationshipStage).Description = "Relationship-cycle stage, set by the customer-strategy rules.";
        Column(a => a.Nps).Description = "% promoters − % detractors over the account's responses.";
        Column(a => a.LifetimeValue).Description = "Customer lifetime value, set by the customer-strategy rules.";
        Column(a => a.TaggedAt).Description = "When the customer-strategy rules last tagged the account.";
        Column(a => a.TagRuleVersion).Description = "The customer-strategy rule-set version that tagged the account.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerStrategyType>>>>("strategies")
            .Description("Strategies the customer-strategy rules tagged the account with.")
            .Resolve(c => AccountStrategiesLoader.Load(c, c.Source.Id));
        Field<NonNullGraphType<FunnelSegmentType>>("funnel")
            .Description("The funnel of the account's opportunities (as Query.funnel; key.accountId is the account).")
            .Resolve(c => AccountFunnelLoader.Load(c, c.Source.Id));
        Field<NonNullGraphType<BuyingCentreType>>("buyingCentre")
            .Description("The contacts by buying-centre role, with the roles the open opportunities lack (no decider, no buyer known).")
            .Resolve(c => BuyingCentreLoader.Load(c, c.Source.Id));
        Field<RuleEvaluationType>("tagging")
            .Description("The newest customer-strategy evaluation with the rules that fired; null before the first.")
            .Resolve(c => RuleEvaluationLoader.Load(c, ScoreSubject.Account, c.Source.Id));
    }
}
