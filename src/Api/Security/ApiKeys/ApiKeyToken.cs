using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SalesGraph.Api.Security.ApiKeys;

/// <summary>An API key as the client sends it: <c>sg_&lt;id&gt;_&lt;secret&gt;</c>, the id public (the lookup), the secret 32 random bytes.</summary>
public sealed record ApiKeyToken(string Id, string Secret)
{
    private const string Prefix = "sg_";
    private const int IdLength = 16;
    private const int SecretLength = 43;

    public static ApiKeyToken New() => new(
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2)),
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    public override string ToString() => $"{Prefix}{Id}_{Secret}";

    /// <summary>HMAC-SHA256 of the whole key under a per-key salt; see <see cref="ApiKeyStore"/> for why not PBKDF2.</summary>
    public byte[] Hash(byte[] salt) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(ToString()));

    public static bool TryParse(string? text, out ApiKeyToken token)
    {
        token = new ApiKeyToken("", "");
        var value = text.AsSpan().Trim();
        if (value.Length != Prefix.Length + IdLength + 1 + SecretLength || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var id = value.Slice(Prefix.Length, IdLength);
        var secret = value[(Prefix.Length + IdLength + 1)..];
        if (value[Prefix.Length + IdLength] != '_' || id.ContainsAnyExcept(HexLower) || !Base64Url.IsValid(secret))
        {
            return false;
        }

        token = new ApiKeyToken(id.ToString(), secret.ToString());
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> HexLower =
        System.Buffers.SearchValues.Create("0123456789abcdef");
}
