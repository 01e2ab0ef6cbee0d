using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class IntakeFieldErrorType : UserErrorType<IntakeFieldError>
{
    public IntakeFieldErrorType()
    {
        Description = "An input value was refused; path names it (leads[3].email).";
        Field(e => e.Index).Description("The entry's position in the batch.");
        Field(e => e.Path);
        Field(e => e.Code);
    }
}
