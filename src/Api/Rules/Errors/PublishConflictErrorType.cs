using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Rules.Errors;

public sealed class PublishConflictErrorType : UserErrorType<PublishConflictError>;
