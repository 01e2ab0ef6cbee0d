using SalesGraph.Data.Accounts;

namespace SalesGraph.Data.Tests.Accounts;

public sealed class CompanyNameTests
{
    [Theory]
    [InlineData("Acme Corporation", "acme")]
    [InlineData("ACME Corp.", "acme")]
    [InlineData("Zoomit Inc", "zoomit")]
    [InlineData("Ge  Holdings, Ltd", "ge holdings")]
    [InlineData("Café Nörd B.V.", "cafe nord")]
    public void Normalize_LegalFormsAndPunctuation_AreDropped(string name, string expected) =>
        Assert.Equal(expected, CompanyName.Normalize(name));

    [Fact]
    public void ToDomain_CompanyName_IsLettersAndDigitsDotCom() =>
        Assert.Equal("acmecorporation.com", CompanyName.ToDomain("Acme Corporation"));
}
