using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sql;

namespace SalesGraph.Data.Opportunities;

/// <summary>
/// The columns the funnel and lead conversion group and count by (docs/funnel.md): the month keys and the lead's follow-up
/// time and flags are stored computed columns (the database keeps them on every write, raw SQL included); the opportunity's
/// stage facts are kept by <see cref="StageFacts"/>. Each aggregate reads one covering index in its grouping order.
/// </summary>
internal static class FunnelColumns
{
    public static void Configure(ModelBuilder modelBuilder, SqlDialect dialect)
    {
        var opportunity = modelBuilder.Entity<Opportunity>();
        opportunity.Property(o => o.CreatedMonth).HasComputedColumnSql(dialect.MonthOf(nameof(Opportunity.CreatedAt)), stored: true);
        // funnel by owner (team, rep) and period: the first aggregate reads only this index, in its order.
        opportunity.HasIndex(o => new
        {
            o.OwnerRepId,
            o.CreatedMonth,
            o.StagesEntered,
            o.Stage,
            o.Amount,
            o.Probability,
            o.ProspectingSeconds,
            o.EngagingSeconds,
            o.ProposalSeconds,
            o.NegotiationSeconds,
            o.WonSeconds,
            o.LostSeconds,
        }).HasDatabaseName("IX_Opportunities_Funnel");

        var lead = modelBuilder.Entity<Lead>();
        lead.Property(l => l.CreatedMonth).HasComputedColumnSql(dialect.MonthOf(nameof(Lead.CreatedAt)), stored: true);
        lead.Property(l => l.FollowUpSeconds).HasComputedColumnSql(dialect.SecondsBetween(nameof(Lead.CreatedAt), nameof(Lead.FirstFollowUpAt)), stored: true);
        lead.Property(l => l.FunnelFlags).HasComputedColumnSql(dialect.LeadFunnelFlags, stored: true);
        // leadConversion by source and month: the counts, then the follow-up times (on SQLite only the followed-up; SQL Server
        // refuses a filter on a computed column).
        lead.HasIndex(l => new { l.Source, l.CreatedMonth, l.Stage, l.FunnelFlags, l.FollowUpDueAt, l.OpportunityId })
            .HasDatabaseName("IX_Leads_Conversion");
        var followUp = lead.HasIndex(l => new { l.Source, l.CreatedMonth, l.FollowUpSeconds }).HasDatabaseName("IX_Leads_FollowUp");
        if (dialect == SqlDialect.Sqlite)
        {
            followUp.HasFilter($"{nameof(Lead.FollowUpSeconds)} IS NOT NULL");
        }
    }
}
