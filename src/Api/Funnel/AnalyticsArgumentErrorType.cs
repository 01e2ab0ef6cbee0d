using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Funnel;

public sealed class AnalyticsArgumentErrorType : UserErrorType<AnalyticsArgumentError>
{
    public AnalyticsArgumentErrorType()
    {
        Description = "An argument of funnel, pipeline or leadConversion that cannot be answered.";
        Field(e => e.Argument).Description("The argument at fault: groupBy, period, customField, asOf.");
    }
}
