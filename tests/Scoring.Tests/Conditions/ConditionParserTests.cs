using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Tests.Conditions;

public class ConditionParserTests
{
    public static TheoryData<string, string> HostileConditions => new()
    {
        { "Lead.Email.Replace(\"a\",\"b\") == \"x\"", "calling 'Replace' is not allowed" },
        { "Lead.GetType() == null", "calling 'GetType' is not allowed" },
        { "Lead.Email.GetType().Name == \"String\"", "calling 'GetType' is not allowed" },
        { "System.IO.File.ReadAllText(\"x\") == \"\"", "unknown name 'System'" },
        { "System.Environment.Exit(1) == 0", "unknown name 'System'" },
        { "new(Lead.Employees as x) != null", "" },
        { "Lead.Email.Any(c => c == 'a')", "functions inside a condition (=>) are not allowed" },
        { "int(Lead.Email) > 5", "" },
        { "object(Lead.Employees) != null", "changing a value to Object is not allowed" },
        { "Math.Abs(Lead.Employees) > 3", "calling 'Abs' is not allowed" },
        { "Lead.Email + Lead.Email + Lead.Email == \"x\"", "joining text with + is not allowed" },
        { "Lead.Email.Length > 3", "'Length' is not a field a condition can use" },
        { "Lead.Email[0] == 'a'", "calling 'get_Chars' is not allowed" },
        { "Lead.Employees = 5", "a single = would change a value; to compare, write ==" },
        { "np(Lead.Email) != null", "choices inside a condition (iif, np, ?:) are not allowed" },
        { "iif(Lead.Employees > 5, true, false)", "choices inside a condition (iif, np, ?:) are not allowed" },
        { "Lead.Employees > 5 ? true : false", "choices inside a condition" },
        { "Lead.Employes > 5", "unknown field 'Lead.Employes' at 6; did you mean 'Employees'?" },
        { "Lead.Score >= 50", "unknown field 'Lead.Score'" },
        { "Leed.Employees > 5", "unknown name 'Leed'" },
        { "Lead.Employees == \"many\"", "'many' is not a whole number" },
        { "Lead.Employees + 1", "the condition must be true or false" },
        { "Lead.Country == 5", "cannot compare text with a whole number" },
        { "Lead.Source == \"Carrier pigeon\"", "not a valid LeadSource" },
        { "Lead.Email > \"a\"", "text can only be compared with == and !=" },
        { "Account.IsCustomer", "a rule that uses Account must say which account belongs to the lead" },
        { "Lead.Visits => 3", "functions inside a condition (=>) are not allowed" },
        { "DateTime.Now.Year > 2000", "" },
        { "Lead.Email.ToString() == \"x\"", "calling 'ToString' is not allowed" },
        { "Lead.Email.Equals(\"x\")", "calling 'Equals' is not allowed" },
        { "\"abc\".Replace(\"a\", \"b\") == \"b\"", "calling 'Replace' is not allowed" },
        { "Lead.Employees >", "the condition could not be read" },
        { "(Lead.Employees > 5", "the condition could not be read" },
        { "Lead.Email == \"x", "the condition could not be read" },
        { "", "the condition is empty" },
    };

    [Theory]
    [MemberData(nameof(HostileConditions))]
    public void Parse_HostileOrBrokenCondition_IsRefusedWithMessage(string condition, string expected)
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, condition);

        Assert.False(result.IsValid);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(RuleError.When, result.Error.Part);
    }

    [Fact]
    public void Parse_TenThousandCharacters_IsRefusedBeforeParsing()
    {
        var condition = string.Join(" || ", Enumerable.Repeat("Lead.Employees > 5", 500));

        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, condition[..10_000]);

        Assert.Contains("the limit is 2000", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FiveHundredNestedParentheses_IsRefusedWithPosition()
    {
        var condition = new string('(', 500) + "Lead.Employees > 5" + new string(')', 500);

        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, condition);

        Assert.Contains("nested more than 16 deep", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(17, result.Error.Position);
    }

    [Fact]
    public void Parse_UnknownField_ReportsPositionAndSuggestion()
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.Employes > 5");

        Assert.Equal(6, result.Error!.Position);
        Assert.Equal("unknown field 'Lead.Employes' at 6; did you mean 'Employees'?", result.Error.Message);
    }

    [Fact]
    public void Parse_TooManyOperations_IsRefused()
    {
        var condition = "Lead.Visits > " + string.Join("+", Enumerable.Repeat("1", 450));

        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, condition);

        Assert.Contains("too complex", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InList_BecomesEqualityChainWithoutArrays()
    {
        var result = ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.Country in (\"NL\", \"BE\")");

        var text = result.Condition!.Lambda.Body.ToString();
        Assert.Equal("((Lead.Country == \"NL\") OrElse (Lead.Country == \"BE\"))", text);
    }

    [Theory]
    [InlineData("Lead.JobTitle.Contains(\"cto\")", "Group CTO", true)]
    [InlineData("Lead.JobTitle.StartsWith(\"HEAD\")", "head of IT", true)]
    [InlineData("Lead.JobTitle.EndsWith(\"officer\")", "Chief Officer", true)]
    [InlineData("Lead.JobTitle.Contains(\"cto\")", null, false)]
    [InlineData("Lead.JobTitle == \"cto\"", "CTO", false)]
    public void Parse_TextTests_IgnoreCaseAndToleranceNull(string condition, string? title, bool expected)
    {
        var parsed = ConditionParser.Parse(RuleSetKind.LeadScoring, condition).Condition!;
        var evaluate = (Func<LeadFact, AccountFact?, ContactFact?, bool>)parsed.Lambda.Compile();

        Assert.Equal(expected, evaluate(new LeadFact { Id = 1, JobTitle = title }, null, null));
    }

    [Fact]
    public void Parse_JoinCondition_PutsTheJoinOnTheSecondPattern()
    {
        var parsed = ConditionParser.Parse(RuleSetKind.LeadScoring, "Lead.Employees > 10 && Lead.EmailDomain == Account.Domain && Account.IsCustomer").Condition!;

        Assert.Equal([0, 1], parsed.FactIndexes);
        Assert.Equal([0, 1, 1], parsed.Parts.Select(p => p.PatternIndex));
        Assert.Equal(["Lead", "Account"], parsed.Parts[1].Lambda.Parameters.Select(p => p.Name));
    }

    [Theory]
    [InlineData(RuleSetKind.LeadRouting, "Lead.Score >= 50 && Lead.Grade in (\"A\", \"B\")")]
    [InlineData(RuleSetKind.TenderEvaluation, "Tender.Value >= 100000 && Tender.Procedure == \"Open\"")]
    [InlineData(RuleSetKind.CustomerStrategy, "Customer.PyramidTier == \"Top\" && Customer.Nps < 0")]
    [InlineData(RuleSetKind.LeadScoring, "(Lead.Visits + Lead.EmailOpens) * 2 >= 10 && !Lead.IsFreeMail && Lead.Email != null")]
    [InlineData(RuleSetKind.LeadScoring, "Lead.AnnualRevenue / 1000 > Lead.Employees")]
    public void Parse_AllowedCondition_IsValid(RuleSetKind kind, string condition)
    {
        var result = ConditionParser.Parse(kind, condition);

        Assert.Null(result.Error);
    }

    [Fact]
    public void Parse_LeadFieldOfTenderRuleSet_NamesTheAllowedFacts()
    {
        var result = ConditionParser.Parse(RuleSetKind.TenderEvaluation, "Lead.Employees > 5");

        Assert.Contains("unknown name 'Lead'", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Tender", result.Error.Message, StringComparison.Ordinal);
    }
}
