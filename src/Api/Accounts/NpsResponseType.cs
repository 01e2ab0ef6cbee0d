using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Accounts;

public sealed class NpsResponseType : EntityGraphType<NpsResponse>
{
    public NpsResponseType()
    {
        Description = "One answer to \"how likely are you to recommend us\" (0–10).";
        Column(n => n.Id);
        Column(n => n.Score);
        Column(n => n.Category);
        Column(n => n.Comment);
        Column(n => n.RespondedAt);
        Reference(n => n.Contact);
    }
}
