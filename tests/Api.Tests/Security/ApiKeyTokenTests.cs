using SalesGraph.Api.Security.ApiKeys;

namespace SalesGraph.Api.Tests.Security;

public sealed class ApiKeyTokenTests
{
    [Fact]
    public void New_FormatsAsPrefixIdSecret_AndParsesBack()
    {
        var token = ApiKeyToken.New();

        var text = token.ToString();

        Assert.Matches("^sg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", text);
        Assert.True(ApiKeyToken.TryParse(text, out var parsed));
        Assert.Equal(token, parsed);
    }

    [Fact]
    public void New_TwoKeys_DifferInIdAndSecret()
    {
        var (a, b) = (ApiKeyToken.New(), ApiKeyToken.New());

        Assert.NotEqual(a.Id, b.Id);
        Assert.NotEqual(a.Secret, b.Secret);
    }

    [Fact]
    public void Hash_DifferentSalts_GiveDifferentHashes()
    {
        var token = ApiKeyToken.New();

        Assert.NotEqual(token.Hash(new byte[16]), token.Hash(Enumerable.Repeat((byte)1, 16).ToArray()));
    }
}
