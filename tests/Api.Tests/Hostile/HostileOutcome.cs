namespace SalesGraph.Api.Tests.Hostile;

/// <summary>What the server did with a hostile request: a status and body, or <see cref="Closed"/> when it cut the connection.</summary>
public sealed record HostileOutcome(int Status, string Body)
{
    public bool Closed => Status == 0;

    public static HostileOutcome ConnectionClosed { get; } = new(0, "");

    public static async Task<HostileOutcome> FromAsync(HttpResponseMessage response) =>
        new((int)response.StatusCode, await response.Content.ReadAsStringAsync());
}
