using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SalesGraph.Data.Tests;

/// <summary>A SHA-256 over every demo table, read in key order, to compare two loads.</summary>
public static class DemoChecksum
{
    public static async Task<string> ComputeAsync(SalesDbContext db)
    {
        var text = new StringBuilder();
        Append(text, await db.Territories.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Teams.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.SalesReps.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Accounts.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Contacts.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Opportunities.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Opportunities.AsNoTracking().OrderBy(x => x.Id).Select(o => o.Contacts.OrderBy(c => c.Id).Select(c => c.Id).ToList()).ToListAsync());
        Append(text, await db.NpsResponses.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.RevenueLines.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Leads.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Engagements.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        Append(text, await db.Tenders.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append<T>(StringBuilder text, List<T> rows) => text.AppendLine(JsonSerializer.Serialize(rows));
}
