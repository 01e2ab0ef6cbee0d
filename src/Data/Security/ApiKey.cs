namespace SalesGraph.Data.Security;

/// <summary>An API key. Only a salted hash of the secret is stored; <see cref="Id"/> is the public part of the key.</summary>
public class ApiKey
{
    /// <summary>The public id embedded in the key (<c>sg_&lt;id&gt;_&lt;secret&gt;</c>), so a lookup is one indexed query.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required byte[] Salt { get; set; }
    public required byte[] Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The lead sources the key may submit and read, comma-separated enum names (<c>WebForm,Webinar</c>); null = all.</summary>
    public string? LeadSources { get; set; }
}
