using GraphQL.Types;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary><c>input SubmitLeadInput</c>: every field but the source is optional in the schema and checked per lead, so one bad lead does not refuse a batch.</summary>
public sealed class SubmitLeadInputType : InputObjectGraphType<LeadSubmission>
{
    public SubmitLeadInputType()
    {
        Name = "SubmitLeadInput";
        Description = "A lead as a marketing system sends it. (source, externalId) identifies it: sending it again is a replay or an update.";
        Field(x => x.Source, type: typeof(NonNullGraphType<EnumerationGraphType<LeadSource>>));
        Field(x => x.ExternalId, nullable: true).Description("The sending system's id; required (reported per lead when missing).");
        Field(x => x.Email, nullable: true);
        Field(x => x.FirstName, nullable: true);
        Field(x => x.LastName, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.JobTitle, nullable: true);
        Field(x => x.Company, nullable: true);
        Field(x => x.Domain, nullable: true).Description("Company web domain; taken from the e-mail when missing (never a free-mail domain).");
        Field(x => x.Country, nullable: true).Description("ISO 3166 alpha-2, alpha-3 or English name; stored as alpha-2.");
        Field(x => x.Industry, nullable: true);
        Field(x => x.Employees, nullable: true);
        Field(x => x.AnnualRevenue, nullable: true);
        Field(x => x.ConsentEmail, nullable: true);
        Field(x => x.ConsentPhone, nullable: true);
        Field(x => x.ConsentTracking, nullable: true);
        Field(x => x.Campaign, nullable: true);
        Field(x => x.UtmSource, nullable: true);
        Field(x => x.UtmMedium, nullable: true);
        Field(x => x.UtmCampaign, nullable: true);
        Field(x => x.UtmTerm, nullable: true);
        Field(x => x.UtmContent, nullable: true);
        Field(x => x.BuyingMotives, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>));
        Field(x => x.CustomFields, type: typeof(ListGraphType<NonNullGraphType<CustomFieldInputType>>));
    }
}
