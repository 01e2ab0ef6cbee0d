using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Leads.Intake;

/// <summary><c>recordEngagement(input)</c> and <c>recordEngagements(input: { events })</c>: what leads did; each lead is re-scored.</summary>
public sealed class EngagementMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RecordEngagementPayloadType>>("recordEngagement")
            .Argument<NonNullGraphType<RecordEngagementInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<EngagementSubmission>("input");
                var result = await context.RequestServices!.GetRequiredService<EngagementRecorder>().RecordAsync([input], _ => "", context.CancellationToken);
                var entries = await EngagementIntakeEntry.LoadAsync(context, result.Items);
                return new RecordEngagementPayload(entries.FirstOrDefault(e => e.Item.Accepted), [.. result.Errors]);
            })
            .RequireRole(Roles.Marketing);

        mutation.Field<NonNullGraphType<RecordEngagementsPayloadType>>("recordEngagements")
            .Argument<NonNullGraphType<RecordEngagementsInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RecordEngagementsInput>("input");
                var result = await context.RequestServices!.GetRequiredService<EngagementRecorder>()
                    .RecordAsync(input.Events, i => $"events[{i}].", context.CancellationToken);
                return new RecordEngagementsPayload(await EngagementIntakeEntry.LoadAsync(context, result.Items, "results"), [.. result.Errors]);
            })
            .RequireRole(Roles.Marketing);
    }
}
