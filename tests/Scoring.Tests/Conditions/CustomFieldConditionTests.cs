using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using static SalesGraph.Scoring.Tests.TestRules;

namespace SalesGraph.Scoring.Tests.Conditions;

public class CustomFieldConditionTests
{
    private static readonly DateTime Now = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly CustomFieldCatalog Catalog = new(new Dictionary<string, CustomFieldType>
    {
        ["Lead Origin"] = CustomFieldType.Text,
        ["TotalVisits"] = CustomFieldType.Number,
        ["Do Not Email"] = CustomFieldType.YesNo,
        ["Signed Up"] = CustomFieldType.Date,
        ["Specialization"] = CustomFieldType.Text,
    });

    private const string Stored = """{"Do Not Email":true,"Lead Origin":"Lead Add Form","Signed Up":"2025-03-01","Specialization":null,"TotalVisits":7}""";

    private static bool Matches(string when, string? customFields = Stored)
    {
        Assert.Null(ConditionParser.Parse(RuleSetKind.LeadScoring, when, Catalog).Error);
        var engine = EngineWith(null, Score(1, when, 10));
        var lead = new LeadFact { Id = 1, CustomFields = CustomFieldValues.Parse(customFields) };
        return Assert.Single(engine.EvaluateLeads(new LeadBatch([lead], [], []), Now).Results).Fit == 10;
    }

    [Theory]
    [InlineData("Lead.Field(\"Lead Origin\") == \"Lead Add Form\"", true)]
    [InlineData("Lead.Field(\"Lead Origin\") == \"API\"", false)]
    [InlineData("Lead.Field(\"Lead Origin\").StartsWith(\"lead\")", true)]
    [InlineData("Lead.Field(\"Lead Origin\") in (\"API\", \"Lead Add Form\")", true)]
    [InlineData("Lead.Number(\"TotalVisits\") >= 5", true)]
    [InlineData("Lead.Number(\"TotalVisits\") < 5", false)]
    [InlineData("Lead.Number(\"TotalVisits\") * 2 == 14", true)]
    [InlineData("Lead.Flag(\"Do Not Email\")", true)]
    [InlineData("!Lead.Flag(\"Do Not Email\")", false)]
    [InlineData("Lead.Date(\"Signed Up\") >= \"2025-01-01\"", true)]
    [InlineData("Lead.Date(\"Signed Up\") < \"2025-01-01\"", false)]
    [InlineData("Lead.IsMissing(\"Specialization\")", true)]
    [InlineData("Lead.IsMissing(\"TotalVisits\")", false)]
    public void Fire_CustomFieldCondition_MatchesTheStoredValue(string when, bool expected) =>
        Assert.Equal(expected, Matches(when));

    [Theory]
    [InlineData("Lead.Number(\"TotalVisits\") >= 0")]
    [InlineData("Lead.Number(\"TotalVisits\") < 1000")]
    [InlineData("Lead.Number(\"TotalVisits\") == 0")]
    [InlineData("Lead.Number(\"TotalVisits\") != 3")]
    [InlineData("Lead.Date(\"Signed Up\") != \"2025-01-01\"")]
    [InlineData("Lead.Date(\"Signed Up\") > \"1900-01-01\"")]
    [InlineData("Lead.Field(\"Lead Origin\").Contains(\"a\")")]
    [InlineData("Lead.Flag(\"Do Not Email\")")]
    public void Fire_ComparisonOnMissingValue_IsFalse(string when)
    {
        Assert.False(Matches(when, """{"TotalVisits":null}"""));
        Assert.False(Matches(when, null));
    }

    [Fact]
    public void Fire_MissingValue_IsMissing()
    {
        Assert.True(Matches("Lead.IsMissing(\"TotalVisits\")", """{"TotalVisits":null}"""));
        Assert.True(Matches("Lead.IsMissing(\"TotalVisits\")", null));
    }

    [Fact]
    public void Parse_UnknownCustomField_IsRefusedListingTheKnownFields()
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.Number(\"TotalVisit\") >= 5", Catalog);

        Assert.Equal(
            "unknown custom field 'TotalVisit' at 13; did you mean 'TotalVisits'?; known fields: 'Do Not Email', 'Lead Origin', 'Signed Up', 'Specialization', 'TotalVisits'",
            result.Error!.Message);
    }

    [Theory]
    [InlineData("Lead.Number(\"Lead Origin\") > 1", "'Lead Origin' is a text field at 6; read it with Lead.Field(\"Lead Origin\")")]
    [InlineData("Lead.Field(\"TotalVisits\") == \"5\"", "'TotalVisits' is a number field at 6; read it with Lead.Number(\"TotalVisits\")")]
    [InlineData("Lead.Flag(\"TotalVisits\")", "'TotalVisits' is a number field")]
    [InlineData("Lead.Date(\"Do Not Email\") > \"2025-01-01\"", "'Do Not Email' is a yes/no field at 6; read it with Lead.Flag(\"Do Not Email\")")]
    [InlineData("Lead.Number(Lead.Email) > 1", "Number needs the field's name in quotes")]
    [InlineData("Lead.Number(\"TotalVisits\") == \"many\"", "")]
    [InlineData("Lead.CustomFields == null", "unknown field 'Lead.CustomFields'")]
    public void Parse_CustomFieldMisuse_IsRefusedWithMessage(string when, string expected)
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, when, Catalog);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoCatalogue_AcceptsAnyFieldName()
    {
        Assert.True(ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.Number(\"Anything\") > 1").IsValid);
    }

    [Fact]
    public void Parse_EmptyCatalogue_SaysNoFieldsAreKnownYet()
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.IsMissing(\"City\")", CustomFieldCatalog.None);

        Assert.Contains("no custom fields are known yet", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StoredJson_ReadsTypesAndMissingValues()
    {
        var values = CustomFieldValues.Parse("""{"b":2.5,"a":"x","c":false,"d":null,"e":"2025-01-31T10:00:00Z","f":{"nested":1}}""");

        Assert.Equal((2.5, "x", false, true, true), (values.Number("b"), values.Text("a"), values.Flag("c"), values.IsMissing("d"), values.IsMissing("f")));
        Assert.Equal(new DateTime(2025, 1, 31, 10, 0, 0, DateTimeKind.Utc), values.Date("e"));
        Assert.Equal((DateTimeKind.Utc, true), (values.Date("e")!.Value.Kind, values.IsMissing("nope")));
        Assert.Same(CustomFieldValues.Empty, CustomFieldValues.Parse("not json"));
    }
}
