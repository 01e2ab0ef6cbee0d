using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Accounts;

public sealed class RevenueLineType : EntityGraphType<RevenueLine>
{
    public RevenueLineType()
    {
        Description = "Revenue and gross margin booked on an account in one period.";
        Column(r => r.Id);
        Column(r => r.PeriodStart);
        Column(r => r.Revenue);
        Column(r => r.GrossMargin);
    }
}
