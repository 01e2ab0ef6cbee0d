using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>The Kestrel-hosted API with accounts whose names are hostile strings, and keys: admin, reader and a revoked one.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    /// <summary>Account names: plain ones, and ones holding every character that means something to SQL, LIKE or HTML.</summary>
    public static readonly string[] AccountNames =
    [
        "Acme", "Globex", "100% Fit", "50%Off", "Under_score", "Underscore", "O'Brien Ltd", "'; DROP TABLE Accounts;--",
        "<script>alert(1)</script> BV", "Back\\slash", "Nul\0Byte", "[bracket]", "Caret^Hat", "Quote\"Double", "Star*Co",
    ];

    /// <summary>The suite's fixture: Staging, errors shielded as in production.</summary>
    public HostileServer()
        : this("Staging")
    {
    }

    private HostileServer(string environment) => Api = new(environment);

    public HostileApiFactory Api { get; }

    public CreatedApiKey Admin { get; private set; } = null!;

    public CreatedApiKey Reader { get; private set; } = null!;

    public CreatedApiKey Revoked { get; private set; } = null!;

    public HttpClient AdminClient { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Api.CreateKeyAsync(Roles.Admin);
        Reader = await Api.CreateKeyAsync(Roles.Reader);
        Revoked = await Api.CreateKeyAsync(Roles.Admin);
        await Api.RevokeAsync(Revoked);
        await Api.ArrangeAsync([.. AccountNames.Select(name => TestData.Account(name))]);
        AdminClient = Api.Client(Admin.PlainText);
    }

    /// <summary>A server in another environment, for tests that compare environments; call <see cref="InitializeAsync"/>.</summary>
    public static HostileServer In(string environment) => new(environment);

    /// <summary>The normal query every case is followed by: the API must still answer it, with every account.</summary>
    public async Task AssertStillAnswersAsync()
    {
        var data = await Api.DataAsync(AdminClient, "{ accounts { totalCount } }");
        Assert.Equal(AccountNames.Length, (int)data["accounts"]!["totalCount"]!);
    }

    public Task DisposeAsync()
    {
        AdminClient?.Dispose();
        Api.Dispose();
        return Task.CompletedTask;
    }
}
