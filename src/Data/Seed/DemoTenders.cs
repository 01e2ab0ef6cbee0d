using SalesGraph.Data.Tenders;

namespace SalesGraph.Data.Seed;

/// <summary>The UK OCDS tender sample, with its dates shifted so that each portal's newest notice lands on <see cref="DemoData.Anchor"/>.</summary>
internal static class DemoTenders
{
    private const string ScotlandPrefix = "ocds-r6ebe6";

    /// <summary>Public Contracts Scotland notices run to 2019-04-29.</summary>
    private static readonly TimeSpan ScotlandShift = DemoData.Anchor - new DateTime(2019, 4, 29, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Contracts Finder and Sell2Wales notices run to 2025-03-11.</summary>
    private static readonly TimeSpan RecentShift = DemoData.Anchor - new DateTime(2025, 3, 11, 0, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<Tender> Build()
    {
        var table = SeedTable.Load("tenders.tsv");
        foreach (var row in table.Rows)
        {
            var ocid = table.Text(row, "ocid");
            var shift = ocid.StartsWith(ScotlandPrefix, StringComparison.Ordinal) ? ScotlandShift : RecentShift;
            var published = table.Date(row, "release_date")!.Value + shift;
            yield return new Tender
            {
                Ocid = ocid,
                Title = table.Text(row, "title"),
                Description = table.Optional(row, "description"),
                BuyerName = table.Optional(row, "buyer_name"),
                BuyerRegion = table.Optional(row, "buyer_region"),
                Country = "GB",
                Status = table.Text(row, "status") switch
                {
                    "active" => TenderStatus.Active,
                    "complete" => TenderStatus.Complete,
                    "cancelled" => TenderStatus.Cancelled,
                    _ => TenderStatus.Planning,
                },
                MainCpv = table.Optional(row, "main_cpv"),
                CpvCodes = table.Optional(row, "cpvs"),
                ProcurementMethod = table.Text(row, "procurement_method") switch
                {
                    "selective" => ProcurementMethod.Selective,
                    "limited" => ProcurementMethod.Limited,
                    "direct" => ProcurementMethod.Direct,
                    _ => ProcurementMethod.Open,
                },
                Category = table.Optional(row, "category"),
                ValueAmount = table.Decimal(row, "value"),
                Currency = table.Optional(row, "currency"),
                PublishedAt = published,
                DeadlineAt = table.Date(row, "deadline") + shift,
                PriceWeight = table.Int(row, "price_weight"),
                QualityWeight = table.Int(row, "quality_weight"),
                SuitableForSme = table.Text(row, "sme") == "True",
                CreatedAt = published,
                UpdatedAt = published,
            };
        }
    }
}
