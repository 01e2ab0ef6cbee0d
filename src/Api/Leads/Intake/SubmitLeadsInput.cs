namespace SalesGraph.Api.Leads.Intake;

public sealed class SubmitLeadsInput
{
    public List<LeadSubmission> Leads { get; set; } = [];
}
