using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Tests.Security.TestSchema;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation(MutationLog log)
    {
        Name = "Mutation";
        Field<StringGraphType>("publishRules").Resolve(_ => log.Record("publishRules")).RequireRole(Roles.Ops);
        Field<StringGraphType>("submitLead").Resolve(_ => log.Record("submitLead")).RequireRole(Roles.Marketing);
    }
}
