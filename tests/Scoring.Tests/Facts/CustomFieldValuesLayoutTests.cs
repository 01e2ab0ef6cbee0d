using System.Globalization;
using System.Text;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Tests.Facts;

/// <summary><see cref="CustomFieldValues.Parse(string?)"/> reuses the layout (names, order, recent texts) of the leads its thread read
/// before; whatever the mix of layouts, it must read exactly what <see cref="CustomFieldValues.ParseFresh"/> reads.</summary>
public class CustomFieldValuesLayoutTests
{
    private static readonly string[] Names = ["TotalVisits", "Lead Origin", "Do Not Email", "City", "Signed Up", "Score \"raw\"", "Zoë", "a", "B", "Tags"];

    private static readonly string[] Texts = ["Lead Add Form", "API", "Landing Page", "", "2025-03-01", "2025-03-01T10:00:00Z", "12.5", "-3", "Select", "Mumbai", "\u00e9t\u00e9", "line\nbreak"];

    [Fact]
    public void Parse_MixedLayouts_ReadsWhatAFreshParseReads()
    {
        var random = new Random(3);
        var layouts = Enumerable.Range(0, 4).Select(_ => Names.OrderBy(_ => random.Next()).Take(random.Next(3, Names.Length + 1)).ToArray()).ToArray();
        var reused = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly one layout with keys left out now and then; sometimes another layout, an unknown key, a repeated key or broken JSON.
            var layout = random.Next(10) < 7 ? layouts[0] : layouts[random.Next(layouts.Length)];
            var keys = layout.Where(_ => random.Next(12) > 0).ToList();
            if (random.Next(50) == 0)
                keys.Insert(random.Next(keys.Count + 1), $"new {random.Next(1000)}");
            if (random.Next(100) == 0 && keys.Count > 0)
                keys.Add(keys[random.Next(keys.Count)]);
            var json = Json(keys, random);
            if (random.Next(200) == 0)
                json = json[..random.Next(1, json.Length)];

            var cached = CustomFieldValues.Parse(json);
            var fresh = CustomFieldValues.ParseFresh(json);

            Assert.Equal(fresh.All.ToList(), cached.All.ToList());
            foreach (var name in Names)
                Assert.Equal(fresh[name], cached[name]);
            reused += fresh.Count > 0 ? 1 : 0;
        }
        Assert.True(reused > 10_000);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{ }")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\": 1")]
    [InlineData("{\"a\": {\"b\": [1, {\"c\": 2}]}, \"d\": true}")]
    [InlineData("{\"a\\u0041\": \"x\", \"aA\": \"y\"}")]
    public void Parse_OddJson_ReadsWhatAFreshParseReadsAfterAnyLayout(string? json)
    {
        CustomFieldValues.Parse("{\"a\": 1, \"aA\": \"y\", \"d\": false}");

        Assert.Equal(CustomFieldValues.ParseFresh(json).All.ToList(), CustomFieldValues.Parse(json).All.ToList());
    }

    private static string Json(IEnumerable<string> keys, Random random)
    {
        var json = new StringBuilder("{");
        foreach (var key in keys)
        {
            if (json.Length > 1)
                json.Append(random.Next(2) == 0 ? "," : ", ");
            json.Append(Quote(key)).Append(':');
            json.Append(random.Next(8) switch
            {
                0 => "null",
                1 => random.Next(2) == 0 ? "true" : "false",
                2 => (random.Next(-100, 100000) / 10.0).ToString(CultureInfo.InvariantCulture),
                3 => "[1, \"x\"]",
                _ => Quote(Texts[random.Next(Texts.Length)]),
            });
        }
        return json.Append('}').ToString();
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
