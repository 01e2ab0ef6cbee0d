using System.Linq.Expressions;
using System.Security.Claims;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Subscriptions;

/// <summary>
/// Which leads a principal may hear about: a predicate over the stored lead, checked in SQL for every batch of lead events
/// together with the subscriber's <c>where</c>; null lets every lead through. The seam for per-key lead-source scopes: an
/// implementation that reads a scope claim and returns <c>l =&gt; sources.Contains(l.Source)</c> replaces the default.
/// </summary>
public interface ILeadEventScope
{
    Expression<Func<Lead, bool>>? For(ClaimsPrincipal user);
}
