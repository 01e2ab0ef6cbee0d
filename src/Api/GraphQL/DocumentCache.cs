using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SalesGraph.Api.GraphQL;

/// <summary>Keeps parsed and validated documents by query text, so a repeated query is neither parsed nor validated again.</summary>
public sealed class DocumentCache(IOptions<GraphQLOptions> options) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options);
        }

        if (_documents.TryGetValue<GraphQLDocument>(options.Query, out var document))
        {
            options.Document = document;
            // Only documents that passed validation are cached; variables are still coerced, and CachedDocumentValidationRules (e.g. GET's query-only rule) still run.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await next(options);
        if (document is null && result.Executed && result.Document is not null)
        {
            _documents.Set(options.Query, result.Document, new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
