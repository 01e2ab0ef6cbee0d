using GraphQL.Types;

namespace SalesGraph.Api.Security.Viewer;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller as the API sees it: what the console shows in its header and which controls it offers.";
        Field(v => v.Name).Description("The API key's name, or the token's subject.");
        Field(v => v.Role).Description("The strongest assigned role: admin, ops, marketing or reader (none when no role is known).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Every role held, implied ones included (ops implies reader, admin implies all).")
            .Resolve(c => c.Source.Roles);
        Field(v => v.CanEditRules).Description("True when the caller may edit, publish and roll back rules (role ops or admin).");
        Field(v => v.CanReadRules).Description("True when the caller may read rule sets, drafts, versions, audit, simulations, backtests and suggestions (role reader, ops or admin).");
        Field(v => v.AuthenticationType).Description("ApiKey or Bearer.");
    }
}
