using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;
using SalesGraph.Data;

namespace SalesGraph.Api.Tests.Security;

public sealed class ApiKeyStoreTests
{
    [Fact]
    public async Task VerifyAsync_CreatedKey_SucceedsWithItsRole()
    {
        await using var db = await TempDatabase.CreateAsync();
        var created = await db.Store.CreateAsync("frontend", Roles.Reader, null);

        var verification = await db.Store.VerifyAsync(created.PlainText);

        Assert.True(verification.Succeeded);
        Assert.Equal(Roles.Reader, verification.Key!.Role);
    }

    [Fact]
    public async Task VerifyAsync_AlmostRightKey_IsRefused()
    {
        await using var db = await TempDatabase.CreateAsync();
        var key = (await db.Store.CreateAsync("frontend", Roles.Reader, null)).PlainText;
        // Not the last character: its low bits are padding in base64url, so changing it may decode to the same bytes.
        var almost = key[..^10] + (key[^10] == 'A' ? 'B' : 'A') + key[^9..];

        var verification = await db.Store.VerifyAsync(almost);

        Assert.False(verification.Succeeded);
        Assert.Equal("wrong secret", verification.Failure);
    }

    [Fact]
    public async Task VerifyAsync_OtherKeysSecretUnderThisId_IsRefused()
    {
        await using var db = await TempDatabase.CreateAsync();
        var first = (await db.Store.CreateAsync("a", Roles.Reader, null)).Key.Id;
        var second = (await db.Store.CreateAsync("b", Roles.Admin, null)).PlainText;

        var verification = await db.Store.VerifyAsync(second.Replace(second[3..19], first, StringComparison.Ordinal));

        Assert.False(verification.Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sg_")]
    [InlineData("not-a-key")]
    [InlineData("sg_0123456789abcdef_tooshort")]
    [InlineData("sg_0123456789ABCDEF_epRZ4P2G0EeoXjQKosimlFvjR1EmV33syVPrqK1Cl_E")]
    public async Task VerifyAsync_MalformedKey_IsRefused(string presented)
    {
        await using var db = await TempDatabase.CreateAsync();

        var verification = await db.Store.VerifyAsync(presented);

        Assert.Equal("malformed key", verification.Failure);
    }

    [Fact]
    public async Task VerifyAsync_WellFormedUnknownKey_IsRefused()
    {
        await using var db = await TempDatabase.CreateAsync();

        var verification = await db.Store.VerifyAsync("sg_0123456789abcdef_epRZ4P2G0EeoXjQKosimlFvjR1EmV33syVPrqK1Cl_E");

        Assert.Equal("unknown key id", verification.Failure);
    }

    [Fact]
    public async Task VerifyAsync_AfterExpiry_IsRefused()
    {
        await using var db = await TempDatabase.CreateAsync();
        var expires = db.Time.Now.UtcDateTime.AddDays(1);
        var key = (await db.Store.CreateAsync("temp", Roles.Ops, expires)).PlainText;
        Assert.True((await db.Store.VerifyAsync(key)).Succeeded);

        db.Time.Now = db.Time.Now.AddDays(1);
        var verification = await db.Store.VerifyAsync(key);

        Assert.Equal("expired", verification.Failure);
    }

    [Fact]
    public async Task VerifyAsync_AfterRevoke_IsRefusedOnTheNextCall()
    {
        await using var db = await TempDatabase.CreateAsync();
        var created = await db.Store.CreateAsync("leaked", Roles.Ops, null);
        Assert.True((await db.Store.VerifyAsync(created.PlainText)).Succeeded);

        Assert.True(await db.Store.RevokeAsync(created.Key.Id));
        var verification = await db.Store.VerifyAsync(created.PlainText);

        Assert.Equal("revoked", verification.Failure);
    }

    [Fact]
    public async Task CreateAsync_StoresOnlyASaltedHash()
    {
        await using var db = await TempDatabase.CreateAsync();
        var first = await db.Store.CreateAsync("a", Roles.Reader, null);
        var second = await db.Store.CreateAsync("b", Roles.Reader, null);

        await using var context = db.Services.GetRequiredService<SalesDbContext>();
        var rows = await context.ApiKeys.AsNoTracking().ToListAsync();

        var storedText = string.Join(" ", rows.Select(r => $"{r.Id} {r.Name} {Encoding.Latin1.GetString(r.Hash)}"));
        Assert.DoesNotContain(first.PlainText[20..], storedText, StringComparison.Ordinal);
        Assert.DoesNotContain(second.PlainText[20..], storedText, StringComparison.Ordinal);
        Assert.All(rows, row => Assert.Equal(32, row.Hash.Length));
        Assert.NotEqual(rows[0].Salt, rows[1].Salt);
        Assert.DoesNotContain(rows, row => row.Name.Contains("sg_", StringComparison.Ordinal));
    }
}
