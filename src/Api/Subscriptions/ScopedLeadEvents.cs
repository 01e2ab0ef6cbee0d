using System.Linq.Expressions;
using System.Security.Claims;
using SalesGraph.Api.Security;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

/// <summary>A subscriber hears about the leads its key or token may read: the sources of its <see cref="LeadSourceScopes"/>
/// claim, checked in SQL with the subscriber's <c>where</c>; a principal without the claim hears about every lead.</summary>
public sealed class ScopedLeadEvents : ILeadEventScope
{
    public Expression<Func<Lead, bool>>? For(ClaimsPrincipal user) =>
        LeadSourceScopes.Of(user) is { } sources ? l => sources.Contains(l.Source) : null;
}
