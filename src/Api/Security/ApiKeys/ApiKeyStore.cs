using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Security;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>
/// Creates, lists, revokes and verifies API keys. Keys carry 256 random bits, so a fast salted HMAC-SHA256
/// is as safe as PBKDF2 against guessing, and a slow hash would only hand attackers a CPU amplifier.
/// Every verification reads the row (one primary-key lookup), so a revocation holds from the next request.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<SalesDbContext> dbFactory, TimeProvider time)
{
    private static readonly byte[] DecoySalt = RandomNumberGenerator.GetBytes(16);
    private static readonly byte[] DecoyHash = RandomNumberGenerator.GetBytes(32);

    /// <param name="leadSources">The lead sources the key may submit and read; null for all.</param>
    public async Task<CreatedApiKey> CreateAsync(
        string name, string role, DateTime? expiresAt, IReadOnlyCollection<LeadSource>? leadSources = null, CancellationToken cancellationToken = default)
    {
        if (leadSources is { Count: 0 })
        {
            throw new ArgumentException("A lead-source scope needs at least one source (null for all).", nameof(leadSources));
        }

        if (!Roles.IsAssignable(role))
        {
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        }

        var token = ApiKeyToken.New();
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = new ApiKey
        {
            Id = token.Id,
            Name = name,
            Role = role,
            Salt = salt,
            Hash = token.Hash(salt),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            ExpiresAt = expiresAt,
            LeadSources = LeadSourceScopes.ToStored(leadSources),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, token.ToString());
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>False when no key has this id.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FindAsync([id], cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AnyAsync(cancellationToken);
    }

    public async Task<ApiKeyVerification> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyToken.TryParse(presented, out var token))
        {
            return ApiKeyVerification.Refused("malformed key");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == token.Id, cancellationToken);

        // An unknown id still costs one hash and compare, so timing does not tell which ids exist.
        var matches = CryptographicOperations.FixedTimeEquals(
            token.Hash(key?.Salt ?? DecoySalt), key?.Hash ?? DecoyHash);
        if (key is null || !matches)
        {
            return ApiKeyVerification.Refused(key is null ? "unknown key id" : "wrong secret");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (key.RevokedAt is not null)
        {
            return ApiKeyVerification.Refused("revoked");
        }

        return key.ExpiresAt is { } expires && expires <= now
            ? ApiKeyVerification.Refused("expired")
            : new ApiKeyVerification(key, null);
    }
}
