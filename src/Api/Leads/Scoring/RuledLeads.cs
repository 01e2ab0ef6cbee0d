using SalesGraph.Data.Leads;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Leads and what the rules made of them (in the same order), evaluated at <paramref name="Now"/>; not yet routed to reps.</summary>
public sealed record RuledLeads(IReadOnlyList<Lead> Leads, IReadOnlyList<LeadEvaluation> Evaluations, DateTime Now);
