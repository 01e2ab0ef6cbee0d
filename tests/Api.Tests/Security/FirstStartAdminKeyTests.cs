using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.ApiKeys;
using SalesGraph.Api.Tests.Security.Support;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Security;

public sealed class FirstStartAdminKeyTests
{
    private static FirstStartAdminKey FirstStart(TempDatabase db, string environment, JwtOptions? jwt = null) => new(
        db.Store,
        Options.Create(new SecurityOptions()),
        Options.Create(jwt ?? new JwtOptions()),
        Options.Create(new DatabaseOptions { ConnectionString = db.ConnectionString }),
        new HostingEnvironment { EnvironmentName = environment, ContentRootPath = db.Folder },
        NullLogger<FirstStartAdminKey>.Instance);

    [Fact]
    public async Task StartAsync_NoKeyNoJwt_WritesAWorkingAdminKeyBesideTheDatabaseReadableByOwnerOnly()
    {
        await using var db = await TempDatabase.CreateAsync();

        await FirstStart(db, "Development").StartAsync(CancellationToken.None);

        var file = Path.Combine(db.Folder, "admin-key.txt");
        var key = (await File.ReadAllTextAsync(file)).Trim();
        Assert.Equal(Roles.Admin, (await db.Store.VerifyAsync(key)).Key?.Role);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task StartAsync_KeysExist_CreatesNoOther()
    {
        await using var db = await TempDatabase.CreateAsync();
        await db.Store.CreateAsync("existing", Roles.Ops, null);

        await FirstStart(db, "Development").StartAsync(CancellationToken.None);

        Assert.Single(await db.Store.ListAsync());
        Assert.False(File.Exists(Path.Combine(db.Folder, "admin-key.txt")));
    }

    [Fact]
    public async Task StartAsync_ProductionWithoutKeysOrJwt_RefusesWithWhatToSet()
    {
        await using var db = await TempDatabase.CreateAsync();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => FirstStart(db, "Production").StartAsync(CancellationToken.None));

        Assert.Contains("Authentication__Jwt__Authority", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("keys create", refusal.Message, StringComparison.Ordinal);
        Assert.False(await db.Store.AnyAsync());
    }

    [Fact]
    public async Task StartAsync_ProductionWithJwt_StartsWithoutKeys()
    {
        await using var db = await TempDatabase.CreateAsync();

        await FirstStart(db, "Production", new JwtOptions { Authority = "https://idp.example" }).StartAsync(CancellationToken.None);

        Assert.False(await db.Store.AnyAsync());
    }

    [Fact]
    public void Host_ProductionWithoutKeysOrJwt_DoesNotStart()
    {
        using var api = new SecurityApiFactory(environment: "Production");

        var refusal = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains("refuses to start in Production", refusal.ToString(), StringComparison.Ordinal);
    }
}
