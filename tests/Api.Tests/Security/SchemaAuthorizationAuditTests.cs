using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Tests.Security.TestSchema;

namespace SalesGraph.Api.Tests.Security;

public sealed class SchemaAuthorizationAuditTests
{
    [Fact]
    public void FindUnprotectedRootFields_FullyDeclaredSchema_FindsNone()
    {
        var schema = new Schema { Query = new TestQuery(), Mutation = new TestMutation(new MutationLog()) };

        Assert.Empty(SchemaAuthorizationAudit.FindUnprotectedRootFields(schema));
    }

    [Fact]
    public void FindUnprotectedRootFields_FieldAndMutationWithoutRule_AreListed()
    {
        var query = new TestQuery();
        query.Field<StringGraphType>("forgotten").Resolve(_ => "oops");
        var mutation = new TestMutation(new MutationLog());
        mutation.Field<StringGraphType>("deleteEverything").Resolve(_ => "gone");
        var schema = new Schema { Query = query, Mutation = mutation };

        var unprotected = SchemaAuthorizationAudit.FindUnprotectedRootFields(schema);

        Assert.Equal(["Query.forgotten", "Mutation.deleteEverything"], unprotected);
    }

    [Fact]
    public void FindUnprotectedRootFields_RuleOnReturnedType_Counts()
    {
        var secret = new ObjectGraphType { Name = "Secret" }.RequireRole(Roles.Admin);
        secret.Field<StringGraphType>("value");
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("secret", secret).Resolve(_ => new object());
        var schema = new Schema { Query = query };

        Assert.Empty(SchemaAuthorizationAudit.FindUnprotectedRootFields(schema));
    }

    [Fact]
    public void FindExposedPersonalFields_EmailWithoutPersonalDataRule_IsListed()
    {
        var contact = new ObjectGraphType { Name = "Lead" };
        contact.Field<StringGraphType>("contactEmail");
        contact.Field<StringGraphType>("phone").RequirePersonalData();
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("lead", contact).Resolve(_ => new object()).RequireRole(Roles.Reader);
        var schema = new Schema { Query = query };

        Assert.Equal(["Lead.contactEmail"], SchemaAuthorizationAudit.FindExposedPersonalFields(schema));
    }

    [Fact]
    public async Task FieldAuthorizationMiddleware_RootFieldWithoutRule_IsRefusedEvenForAdmin()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("forgotten").Resolve(_ => "oops");
        var schema = new Schema { Query = query };
        schema.FieldMiddleware.Use(new FieldAuthorizationMiddleware());

        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = "{ forgotten }";
            o.User = Support.TestPrincipals.WithRole(Roles.Admin);
        });

        var json = new GraphQLSerializer().Serialize(result);
        Assert.Contains("\"forgotten\":null", json, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotAuthorized, Assert.Single(result.Errors!).Code);
    }
}
