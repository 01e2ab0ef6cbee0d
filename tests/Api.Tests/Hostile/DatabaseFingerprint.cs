using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SalesGraph.Api.Tests.Hostile;

/// <summary>Row count and a SHA-256 over every row of every table of a SQLite file: equal fingerprints, unchanged data.</summary>
public static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u001f"));
                }
            }

            result[table] = $"{rows} rows, {Convert.ToHexString(hash.GetHashAndReset())}";
        }

        return result;
    }
}
