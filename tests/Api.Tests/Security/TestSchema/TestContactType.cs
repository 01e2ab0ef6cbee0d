using GraphQL;
using GraphQL.Types;
using SalesGraph.Api.Security.Schema;

namespace SalesGraph.Api.Tests.Security.TestSchema;

public sealed class TestContactType : ObjectGraphType<TestContact>
{
    public TestContactType()
    {
        Name = "Contact";
        Field(c => c.Name);
        Field(c => c.Email, nullable: true).RequirePersonalData();
        Field(c => c.Phone, nullable: true).RequirePersonalData();
        Field<ListGraphType<TestContactType>>("colleagues")
            .Argument<IntGraphType>("first")
            .Resolve(_ => TestQuery.Contacts);
    }
}
