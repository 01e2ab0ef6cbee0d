using System.Security.Claims;
using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Security;

namespace SalesGraph.Api.GraphQL.TrustedDocuments;

/// <summary>Refuses query text from a principal that must send registered documents (<see cref="TrustedDocumentOptions"/>) with
/// <c>DOCUMENT_ID_MISSING</c>, before anything is parsed.</summary>
public sealed class TrustedDocumentPolicy(IOptions<TrustedDocumentOptions> options) : IConfigureExecution
{
    // Before GraphQL.NET's persisted-document handler, which turns the id into text.
    public float SortOrder => 90;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        if (execution.DocumentId is null && execution.Query is not null && MustUseTrustedDocuments(execution.User))
        {
            return Task.FromResult(new ExecutionResult
            {
                Errors = [new ExecutionError("This key may only run registered documents: send documentId (sha256:<hex>) instead of query.") { Code = "DOCUMENT_ID_MISSING" }],
            });
        }

        return next(execution);
    }

    private bool MustUseTrustedDocuments(ClaimsPrincipal? user)
    {
        var settings = options.Value;
        if (settings.RequiredForAll)
            return true;
        if (user is null)
            return false;
        var subject = user.FindFirst(SecuritySchemes.SubjectClaim)?.Value;
        return settings.RequiredForRoles.Any(user.IsInRole)
            || (subject is not null && settings.RequiredForKeys.Any(id => subject == $"apikey:{id}"));
    }
}
