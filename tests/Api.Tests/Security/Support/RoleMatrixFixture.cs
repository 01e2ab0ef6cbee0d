using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>One API with a row of each sampled kind (a contact with e-mail and phone, a lead, a tender) and a key per role.</summary>
public sealed class RoleMatrixFixture : IAsyncLifetime
{
    public const string ContactEmail = "ann@example.com";
    public const string ContactPhone = "+31 20 555 0100";

    private static readonly DateTime Created = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public ApiFactory Api { get; } = new();

    public Dictionary<string, HttpClient> Clients { get; } = [];

    /// <summary>The scope dimension: a key per role for each lead-source scope in <see cref="RoleMatrixTests.Scopes"/>.</summary>
    public Dictionary<(string Role, string Scope), HttpClient> ScopedClients { get; } = [];

    /// <summary>The API's schema, initialized: field types and arguments declared by CLR type are resolved only then, and the tests read them before any request would.</summary>
    public ISchema Schema
    {
        get
        {
            var schema = Api.Services.GetRequiredService<SalesSchema>();
            schema.Initialize();
            return schema;
        }
    }

    public async Task InitializeAsync()
    {
        var contact = TestData.Contact("Ann", "Smith", BuyingRole.User);
        contact.Email = ContactEmail;
        contact.Phone = ContactPhone;
        await Api.ArrangeAsync(
            TestData.Account("Acme").WithContacts(contact),
            new Lead { ExternalId = "lead-1", Source = LeadSource.WebForm, CreatedAt = Created, UpdatedAt = Created },
            new Lead { ExternalId = "lead-2", Source = LeadSource.Webinar, CreatedAt = Created, UpdatedAt = Created },
            new Tender { Ocid = "ocds-1", Title = "Bridge", PublishedAt = Created, CreatedAt = Created, UpdatedAt = Created });
        Clients[RoleMatrixTests.None] = Api.CreateAnonymousClient();
        foreach (var role in Roles.Assignable)
        {
            Clients[role] = Api.CreateClient(await Api.CreateKeyAsync(role));
            foreach (var (scope, sources) in RoleMatrixTests.Scopes)
            {
                ScopedClients[(role, scope)] = Api.CreateClient(await Api.CreateKeyAsync(role, sources));
            }
        }
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }
}
