using SalesGraph.Api.Accounts.Scoring;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Tenders.Scoring;

namespace SalesGraph.Api.Rules;

/// <summary>Runs the current rules over everything stored: accounts first (lead rules read the tiers), then leads and tenders.
/// Used after the demo data is loaded, so that the graph shows results from the first start.</summary>
public sealed class StoredDataEvaluation(AccountRetagging accounts, LeadRescoring leads, TenderReevaluation tenders, ILogger<StoredDataEvaluation> logger)
{
    public async Task RunAsync(CancellationToken ct = default)
    {
        var tagged = await accounts.RetagAsync(null, ct);
        var scored = await leads.RescoreAsync(null, ct);
        var evaluated = await tenders.ReevaluateAsync(null, ct);
        logger.LogInformation("Evaluated the stored data: {Accounts} accounts, {Leads} leads, {Tenders} tenders", tagged.Evaluated, scored.Evaluated, evaluated.Evaluated);
    }
}
