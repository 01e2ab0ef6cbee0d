using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Leads.Intake;

/// <summary><c>submitLead(input)</c> and <c>submitLeads(input)</c>: marketing's door for leads.</summary>
public sealed class LeadIntakeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitLeadPayloadType>>("submitLead")
            .Description("Validates, de-duplicates, matches, scores and routes one lead, in one transaction.")
            .Argument<NonNullGraphType<SubmitLeadInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<LeadSubmission>("input");
                var result = await context.RequestServices!.GetRequiredService<LeadIntake>().SubmitAsync([input], _ => "", context.CancellationToken);
                var entries = await LeadIntakeEntry.LoadAsync(context, result.Items);
                return new SubmitLeadPayload(entries.FirstOrDefault(e => e.Item.Accepted), [.. result.Errors]);
            })
            .RequireRole(Roles.Marketing);

        mutation.Field<NonNullGraphType<SubmitLeadsPayloadType>>("submitLeads")
            .Description("Submits a batch of leads (at most Intake:MaxBatchSize): valid ones are kept, invalid ones reported by index and path.")
            .Argument<NonNullGraphType<SubmitLeadsInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SubmitLeadsInput>("input");
                var result = await context.RequestServices!.GetRequiredService<LeadIntake>()
                    .SubmitAsync(input.Leads, i => $"leads[{i}].", context.CancellationToken);
                var entries = await LeadIntakeEntry.LoadAsync(context, result.Items, "results");
                return new SubmitLeadsPayload(entries, [.. result.Errors]);
            })
            .RequireRole(Roles.Marketing);
    }
}
