using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data.Accounts;

namespace SalesGraph.Api.Contacts;

public sealed class ContactType : EntityGraphType<Contact>
{
    public ContactType()
    {
        Description = "A person at an account, with the role they play in its buying centre.";
        Column(c => c.Id);
        Column(c => c.FirstName);
        Column(c => c.LastName);
        Column(c => c.FullName);
        Column(c => c.Email).RequirePersonalData();
        Column(c => c.Phone).RequirePersonalData();
        Column(c => c.JobTitle);
        Column(c => c.Role);
        Reference(c => c.Account);
        Collection(c => c.Opportunities);
    }
}
