using System.Collections.Frozen;
using System.Security.Claims;

namespace SalesGraph.Api.Security;

/// <summary>The roles a key or token carries, and the one place that says what each role implies.</summary>
public static class Roles
{
    /// <summary>Queries over the account graph, including personal fields (sales frontends), and every rule read: rule sets, drafts,
    /// versions, audit, simulation, backtest, calibration suggestions, rule trials and <c>ruleSetPublished</c>; no rule mutation.</summary>
    public const string Reader = "reader";

    /// <summary>Lead and engagement intake, and reading what it submitted.</summary>
    public const string Marketing = "marketing";

    /// <summary>Every rule mutation (edit, validate, apply suggestions, publish, rollback, re-evaluate); with <see cref="Reader"/>'s reads
    /// of the graph (without personal fields) and of the rules.</summary>
    public const string Ops = "ops";

    /// <summary>Keys and everything else.</summary>
    public const string Admin = "admin";

    /// <summary>Not assignable: granted by <see cref="Reader"/> and <see cref="Admin"/>; guards contact e-mail and phone.</summary>
    public const string PersonalData = "personal-data";

    public static IReadOnlyList<string> Assignable { get; } = [Reader, Marketing, Ops, Admin];

    private static readonly FrozenDictionary<string, string[]> Grants = new Dictionary<string, string[]>
    {
        [Reader] = [Reader, PersonalData],
        [Marketing] = [Marketing],
        [Ops] = [Ops, Reader],
        [Admin] = [Admin, Ops, Marketing, Reader, PersonalData],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsAssignable(string role) => Grants.ContainsKey(role);

    /// <summary>Every role claim that <paramref name="assigned"/> implies; unknown roles imply nothing.</summary>
    public static IReadOnlySet<string> Expand(IEnumerable<string> assigned) =>
        assigned.SelectMany(role => Grants.GetValueOrDefault(role.Trim().ToLowerInvariant()) ?? [])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces the role claims with what they imply, so <see cref="ClaimsPrincipal.IsInRole"/> sees exactly the granted roles.</summary>
    public static void GrantImpliedRoles(ClaimsIdentity identity)
    {
        var assigned = identity.FindAll(identity.RoleClaimType).ToList();
        foreach (var claim in assigned)
        {
            identity.TryRemoveClaim(claim);
        }

        foreach (var role in Expand(assigned.Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(identity.RoleClaimType, role));
        }
    }
}
