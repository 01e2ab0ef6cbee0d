using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Tests.Facts;

/// <summary>A custom-field value keeps one payload (number, yes/no or date) next to its text: every part reads back as given.</summary>
public class CustomFieldValueTests
{
    [Theory]
    [InlineData(7.0)]
    [InlineData(-0.0)]
    [InlineData(double.MaxValue)]
    [InlineData(1e-300)]
    public void OfNumber_ReadsBackTheNumberAndNothingElse(double number)
    {
        var value = CustomFieldValue.OfNumber(number);

        Assert.Equal((CustomFieldType?)CustomFieldType.Number, value.Type);
        Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(value.Number!.Value));
        Assert.Null(value.Text);
        Assert.Null(value.Flag);
        Assert.Null(value.Date);
        Assert.False(value.IsMissing);
    }

    [Fact]
    public void OfFlagOfTextAndMissing_ReadBackTheirParts()
    {
        Assert.Equal((true, (double?)null), (CustomFieldValue.OfFlag(true).Flag!.Value, CustomFieldValue.OfFlag(true).Number));
        Assert.False(CustomFieldValue.OfFlag(false).Flag!.Value);
        var date = CustomFieldValue.OfText("2025-03-01T10:00:00Z");
        Assert.Equal((CustomFieldType?)CustomFieldType.Date, date.Type);
        Assert.Equal(new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc), date.Date);
        Assert.Equal(DateTimeKind.Utc, date.Date!.Value.Kind);
        Assert.Equal("2025-03-01T10:00:00Z", date.Text);
        var text = CustomFieldValue.OfText("12.5");
        Assert.Equal(("12.5", (double?)12.5, (DateTime?)null), (text.Text, text.Number, text.Date));
        Assert.Null(CustomFieldValue.OfText("Mumbai").Number);
        Assert.True(CustomFieldValue.Missing.IsMissing);
        Assert.Null(CustomFieldValue.Missing.Type);
        Assert.Equal(default, CustomFieldValue.Missing);
    }

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        Assert.Equal(CustomFieldValue.OfText("API"), CustomFieldValue.OfText(new string("API".ToCharArray())));
        Assert.NotEqual(CustomFieldValue.OfText("API"), CustomFieldValue.OfText("api"));
        Assert.NotEqual(CustomFieldValue.OfNumber(1), CustomFieldValue.OfFlag(true));
        Assert.NotEqual(CustomFieldValue.OfText("1"), CustomFieldValue.OfNumber(1));
        Assert.True(CustomFieldValue.OfNumber(2) == CustomFieldValue.OfNumber(2));
        Assert.Equal(CustomFieldValue.OfNumber(2).GetHashCode(), CustomFieldValue.OfNumber(2).GetHashCode());
    }

    [Fact]
    public void Constructor_TwoPayloads_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new CustomFieldValue(CustomFieldType.Text, "1", 1, true, null));
    }
}
