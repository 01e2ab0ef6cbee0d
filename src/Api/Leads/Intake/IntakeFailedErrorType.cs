using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Leads.Intake;

public sealed class IntakeFailedErrorType : UserErrorType<IntakeFailedError>;
