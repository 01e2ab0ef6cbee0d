namespace SalesGraph.Api.Leads.Intake;

public sealed class RecordEngagementsInput
{
    public List<EngagementSubmission> Events { get; set; } = [];
}
