using GraphQL.Types;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class RuleTrialType : ObjectGraphType<RuleTrial>
{
    public RuleTrialType()
    {
        Name = "ScoringRuleTrial";
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(t => t.LeadId);
        Field(t => t.RunningVersion).Description("The running version of the rule set, which `running` used.");
        Field<SubjectOutcomeType>("running").Description("The lead under the running version.").Resolve(c => c.Source.Running);
        Field<SubjectOutcomeType>("before").Description("The lead under the draft without this rule (an edited draft rule left out in its saved form too).").Resolve(c => c.Source.Before);
        Field<SubjectOutcomeType>("after").Description("The lead under the draft with this rule as written.").Resolve(c => c.Source.After);
        Field<RuleHitType>("hit").Description("This rule's hit under `after` (points, applied, reason); null when its condition is false for the lead or it is disabled.").Resolve(c => c.Source.Hit);
        Field<NonNullGraphType<BooleanGraphType>>("fired").Description("Whether the rule's condition is true for the lead.").Resolve(c => c.Source.Hit is not null);
        Field(t => t.PointsAdded, nullable: true).Description("after.total minus before.total: what the rule adds to the lead's score (after caps and grades).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleValidationErrorType>>>>("errors")
            .Description("Why nothing was evaluated; `part` names the argument: rule.when, rule.then, rule.name, rule.id, leadId or kind (a draft rule that does not compile: its name).")
            .Resolve(c => c.Source.Errors);
    }
}
