using SalesGraph.Api.GraphQL.Errors;

namespace SalesGraph.Api.Funnel;

/// <summary>A funnel, pipeline or lead-conversion argument that cannot be answered: <paramref name="Argument"/> names it.</summary>
public sealed record AnalyticsArgumentError(string Message, string Argument) : IUserError;
