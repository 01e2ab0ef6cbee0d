using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

public sealed class AuditEntryType : EntityGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Description = "Who changed a rule or published a rule set, when, with the state before and after as JSON.";
        Column(a => a.Id);
        Column(a => a.At);
        Column(a => a.User);
        Column(a => a.Action);
        Column(a => a.EntityType);
        Column(a => a.EntityId);
        Column(a => a.Before);
        Column(a => a.After);
    }
}
