using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SalesGraph.Api.GraphQL;

namespace SalesGraph.Api.Tests.GraphQL;

public sealed class DocumentCacheTests
{
    private const string Query = "{ accounts { totalCount } }";

    [Fact]
    public async Task ExecuteAsync_SecondRunOfAValidatedQuery_ReusesTheDocumentWithoutValidationRules()
    {
        using var cache = new DocumentCache(Options.Create(new GraphQLOptions()));
        var document = new GraphQLDocument([]);
        await cache.ExecuteAsync(new ExecutionOptions { Query = Query }, _ => Task.FromResult(new ExecutionResult { Executed = true, Document = document }));
        ExecutionOptions? seen = null;

        await cache.ExecuteAsync(new ExecutionOptions { Query = Query }, options =>
        {
            seen = options;
            return Task.FromResult(new ExecutionResult { Executed = true });
        });

        Assert.Same(document, seen!.Document);
        Assert.Empty(seen.ValidationRules!);
    }

    [Fact]
    public async Task ExecuteAsync_CachedDocumentWithCachedDocumentRules_RunsThoseRules()
    {
        using var cache = new DocumentCache(Options.Create(new GraphQLOptions()));
        await cache.ExecuteAsync(new ExecutionOptions { Query = Query }, _ => Task.FromResult(new ExecutionResult { Executed = true, Document = new GraphQLDocument([]) }));
        IValidationRule[] rules = [new Api.GraphQL.Http.QueryOnlyOverGetRule()];
        ExecutionOptions? seen = null;

        await cache.ExecuteAsync(new ExecutionOptions { Query = Query, CachedDocumentValidationRules = rules }, options =>
        {
            seen = options;
            return Task.FromResult(new ExecutionResult { Executed = true });
        });

        Assert.Same(rules, seen!.ValidationRules);
    }

    [Fact]
    public async Task ExecuteAsync_QueryThatFailedValidation_IsNotCached()
    {
        using var cache = new DocumentCache(Options.Create(new GraphQLOptions()));
        await cache.ExecuteAsync(new ExecutionOptions { Query = Query }, _ => Task.FromResult(new ExecutionResult { Executed = false, Document = new GraphQLDocument([]) }));
        ExecutionOptions? seen = null;

        await cache.ExecuteAsync(new ExecutionOptions { Query = Query }, options =>
        {
            seen = options;
            return Task.FromResult(new ExecutionResult());
        });

        Assert.Null(seen!.Document);
    }
}
