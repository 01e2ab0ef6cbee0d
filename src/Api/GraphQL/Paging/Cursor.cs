using System.Globalization;
using System.Text;

namespace SalesGraph.Api.GraphQL.Paging;

/// <summary>Cursors as HotChocolate's queryable paging makes them: base64 of the item's index.</summary>
public static class Cursor
{
    public static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static int? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
