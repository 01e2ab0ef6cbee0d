using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>What an evaluation did to one lead: the rules' evaluation, the stored result row, and whether the score, grade,
/// stage or route differs from what the lead had before, and whether it went to a new team or rep.</summary>
public sealed record LeadOutcome(Lead Lead, LeadEvaluation Evaluation, ScoreResult Result, bool Changed, bool Routed);
