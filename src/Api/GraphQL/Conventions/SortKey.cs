using System.Linq.Expressions;

namespace SalesGraph.Api.GraphQL.Conventions;

public sealed record SortKey(LambdaExpression Selector, bool Descending);
