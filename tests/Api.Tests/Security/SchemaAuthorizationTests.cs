using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Security;

public sealed class SchemaAuthorizationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Schema_EveryQueryAndMutationField_DeclaresWhoMayUseIt()
    {
        var schema = Schema();

        Assert.Empty(SchemaAuthorizationAudit.FindUnprotectedRootFields(schema));
    }

    [Fact]
    public void Schema_EveryEmailAndPhoneField_IsPersonalData()
    {
        var schema = Schema();

        Assert.Empty(SchemaAuthorizationAudit.FindExposedPersonalFields(schema));
    }

    private ISchema Schema()
    {
        var schema = api.Services.GetRequiredService<SalesSchema>();
        schema.Initialize();
        return schema;
    }
}
