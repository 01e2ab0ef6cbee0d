using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Import;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Leads.Intake;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Tests.Import;

public sealed class ImportCommandsTests(ApiFactory api) : IClassFixture<ApiFactory>, IDisposable
{
    private const string Mapping = """
        {
          "fields": { "Prospect ID": "externalId", "Lead Source": "source", "Mail": "email", "Country": "country", "Converted": "converted",
                      "Do Not Email": "consentEmail", "City": "customFields.city" },
          "nullValues": [ "Select" ],
          "values": {
            "Lead Source": { "Reference": "REFERRAL", "Google": "WEB_FORM", "*": "OTHER" },
            "Do Not Email": { "Yes": "false", "No": "true" }
          },
          "batchSize": 2
        }
        """;

    private const string Csv = """
        Prospect ID,Lead Source,Mail,Country,Converted,Do Not Email,City,
        p-1,Google,ann@example.com,India,1,No,Mumbai,
        p-2,Reference,bo@example.com,Select,0,Yes,Select,
        p-3,testone,not-an-email,India,0,No,Thane,
        p-4,Google,cy@example.com,India,maybe,No,Pune,
        p-1,Google,ann@example.com,India,1,No,Mumbai,
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("salesgraph-import-").FullName;

    private async Task<(int? ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await ImportCommands.RunAsync(args, api.Services, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ImportLeads_MappedCsv_StoresTheValidRowsWithMappedValues()
    {
        await api.ArrangeAsync();

        await RunAsync("import", "leads", File("leads.csv", Csv), "--mapping", File("mapping.json", Mapping));

        var leads = await api.DbAsync(db => db.Leads.OrderBy(l => l.ExternalId).ToListAsync());
        Assert.Equal(["p-1", "p-2"], leads.Select(l => l.ExternalId));
        Assert.Equal((LeadSource.WebForm, "IN", true, true, """{"city":"Mumbai"}"""), (leads[0].Source, leads[0].Country, leads[0].Converted, leads[0].ConsentEmail, leads[0].CustomFields));
        Assert.Equal((LeadSource.Referral, null, false, false, """{"city":null}"""), (leads[1].Source, leads[1].Country, leads[1].Converted, leads[1].ConsentEmail, leads[1].CustomFields));
    }

    [Fact]
    public async Task ImportLeads_MappedCsv_SummarisesAcceptedReplayedAndRefusedRowsWithReasons()
    {
        await api.ArrangeAsync();

        var (code, output, _) = await RunAsync("import", "leads", File("leads.csv", Csv), "--mapping", File("mapping.json", Mapping));

        Assert.Equal(1, code);
        Assert.Matches(@"accepted \(new\)\s*│ 2 ", output);
        Assert.Matches(@"unchanged \(replays\)\s*│ 1 ", output);
        Assert.Matches(@"refused\s*│ 2 ", output);
        Assert.Contains("row 4: email is not a valid e-mail address.", output);
        Assert.Contains("row 5: converted: \"maybe\" is not a valid converted value.", output);
    }

    [Fact]
    public async Task ImportLeads_SameFileTwice_UpdatesNothingAndDuplicatesNothing()
    {
        await api.ArrangeAsync();
        var (csv, mapping) = (File("leads.csv", Csv), File("mapping.json", Mapping));
        await RunAsync("import", "leads", csv, "--mapping", mapping);

        var (_, output, _) = await RunAsync("import", "leads", csv, "--mapping", mapping);

        Assert.Matches(@"unchanged \(replays\)\s*│ 3 ", output);
        Assert.Equal(2, await api.CountAsync());
    }

    [Fact]
    public async Task ImportLeads_MappingWithUnknownField_FailsWithUsageError()
    {
        await api.ArrangeAsync();

        var (code, _, error) = await RunAsync("import", "leads", File("leads.csv", Csv), "--mapping", File("bad.json", """{ "fields": { "Prospect ID": "externalIdd" } }"""));

        Assert.Equal(2, code);
        Assert.Contains("unknown fields: externalIdd", error);
    }

    [Fact]
    public async Task ImportTenders_OcdsReleases_UpsertsByOcid()
    {
        await api.ArrangeAsync();
        const string Releases = """
            {"ocid": "ocds-1", "date": "2025-01-23T22:10:19Z", "tender": {"title": "Parking", "status": "complete", "classification": {"scheme": "CPV", "id": "63712400"}, "items": [{"id": "1", "deliveryAddresses": [{"region": "England", "countryName": "United Kingdom"}]}], "value": {"amount": 372032, "currency": "GBP"}, "procurementMethod": "direct", "tenderPeriod": {"endDate": "2024-12-21T12:00:00Z"}, "suitability": {"sme": true}}, "buyer": {"name": "London Borough of Merton"}}
            {"ocid": "ocds-2", "date": "2025-01-24T10:00:00Z", "tender": {"title": "Catering", "status": "active", "classification": {"id": "55524000"}, "procurementMethod": "selective"}}
            not json
            {"ocid": "ocds-1", "date": "2025-02-01T00:00:00Z", "tender": {"title": "Parking (amended)", "status": "active", "classification": {"id": "63712400"}}}
            """;

        var (_, output, _) = await RunAsync("import", "tenders", File("releases.jsonl", Releases));

        var tenders = await api.DbAsync(db => db.Tenders.OrderBy(t => t.Ocid).ToListAsync());
        Assert.Equal(["Parking (amended)", "Catering"], tenders.Select(t => t.Title));
        Assert.Equal((TenderStatus.Active, "63712400", ProcurementMethod.Selective), (tenders[0].Status, tenders[0].MainCpv, tenders[1].ProcurementMethod));
        Assert.Contains("line 3: not valid JSON", output);
    }

    [Fact]
    public async Task ImportTenders_OcdsReleases_EvaluatesEveryStoredTenderWithTheCurrentRules()
    {
        await api.ArrangeAsync();
        const string Releases = """
            {"ocid": "ocds-e1", "date": "2025-01-23T22:10:19Z", "tender": {"title": "Cloud hosting", "status": "active", "classification": {"id": "72000000"}, "value": {"amount": 250000, "currency": "GBP"}, "procurementMethod": "open"}}
            {"ocid": "ocds-e2", "date": "2025-01-24T10:00:00Z", "tender": {"title": "Catering", "status": "active", "classification": {"id": "55524000"}, "procurementMethod": "selective"}}
            """;

        var (code, output, _) = await RunAsync("import", "tenders", File("evaluate.jsonl", Releases));

        var tenders = await api.DbAsync(db => db.Tenders.OrderBy(t => t.Ocid).ToListAsync());
        var results = await api.DbAsync(db => db.ScoreResults.Where(r => r.Subject == ScoreSubject.Tender).Select(r => r.SubjectId).ToListAsync());
        Assert.Equal(0, code);
        Assert.All(tenders, t => Assert.True(t.BidDecision is not null && t.EvaluationRuleVersion >= 1, $"{t.Ocid} was not evaluated"));
        Assert.Equal(tenders.Select(t => t.Id).Order(), results.Order());
        Assert.Contains("evaluated by the rules", output);
    }

    [Fact]
    public async Task Import_UnknownSubcommand_PrintsUsage()
    {
        var (code, _, error) = await RunAsync("import", "accounts", "x.csv");

        Assert.Equal((2, true), (code, error.StartsWith("usage: import leads", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
