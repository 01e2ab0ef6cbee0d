using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Sales;

namespace SalesGraph.Api.Sales;

public sealed class SalesRepType : EntityGraphType<SalesRep>
{
    public SalesRepType()
    {
        Description = "A sales representative in a team.";
        Column(r => r.Id);
        Column(r => r.FullName);
        Column(r => r.Email).RequirePersonalData();
        Column(r => r.IsActive);
        Reference(r => r.Team);
    }
}
