using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules.Publishing;

/// <summary>The version that was published, or why nothing was.</summary>
public sealed record PublishResult(RuleSetVersion? Version, IReadOnlyList<IUserError> Errors);
