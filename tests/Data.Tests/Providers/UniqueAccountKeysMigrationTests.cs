using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Providers;
using SalesGraph.Data.Sql;

namespace SalesGraph.Data.Tests.Providers;

public sealed class UniqueAccountKeysMigrationTests : IDisposable
{
    private const string BeforeUnique = "20261127233813_DropLeadEmailDomainIndex";
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public UniqueAccountKeysMigrationTests() => _connection.Open();

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task Migrate_AccountsSharingADomainOrName_LowestIdKeepsItOthersAreClearedAndAudited()
    {
        await using var db = CreateContext();
        await db.GetService<IMigrator>().MigrateAsync(BeforeUnique);
        await using (var command = _connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO Accounts (Id, Name, NormalizedName, Domain, IsCustomer, Strategies, CreatedAt, UpdatedAt, RowVersion) VALUES
                    (1, 'Acme', 'acme', 'acme.com', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0),
                    (2, 'Acme B.V.', 'acme', 'acme.com', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0),
                    (3, 'Acme Holding', 'acme holding', 'acme.com', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0),
                    (4, 'B.V.', '', NULL, 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0),
                    (5, 'N.V.', '', NULL, 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0);
                """;
            await command.ExecuteNonQueryAsync();
        }

        await db.Database.MigrateAsync();

        var accounts = await db.Accounts.OrderBy(a => a.Id).Select(a => new { a.Id, a.NormalizedName, a.Domain }).ToListAsync();
        Assert.Equal(
            [new { Id = 1, NormalizedName = "acme", Domain = (string?)"acme.com" }, new { Id = 2, NormalizedName = "", Domain = (string?)null },
             new { Id = 3, NormalizedName = "acme holding", Domain = (string?)null }, new { Id = 4, NormalizedName = "", Domain = (string?)null },
             new { Id = 5, NormalizedName = "", Domain = (string?)null }],
            accounts);
        var audit = await db.AuditEntries.OrderBy(a => a.Id).Select(a => $"{a.User} {a.Action} {a.EntityType} {a.EntityId} {a.Before} {a.After}").ToListAsync();
        Assert.Equal(
            [
                """migration clear-duplicate-domain Account 2 {"domain":"acme.com"} {"domain":null,"keptBy":1}""",
                """migration clear-duplicate-domain Account 3 {"domain":"acme.com"} {"domain":null,"keptBy":1}""",
                """migration clear-duplicate-name Account 2 {"normalizedName":"acme"} {"normalizedName":"","keptBy":1}""",
            ],
            audit);
    }

    [Fact]
    public async Task Migrate_ThenASecondAccountWithTheSameDomain_IsRefusedByTheIndex()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        db.Accounts.Add(new Account { Name = "Acme", NormalizedName = "acme", Domain = "acme.com" });
        await db.SaveChangesAsync();

        db.Accounts.Add(new Account { Name = "Acme Two", NormalizedName = "acme two", Domain = "acme.com" });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(SqlDialect.Sqlite.IsUniqueViolation(refused));
    }

    [Fact]
    public async Task Migrate_ManyAccountsWithoutDomainOrName_AreAllowed()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();

        db.Accounts.AddRange(new Account { Name = "B.V.", NormalizedName = "" }, new Account { Name = "N.V.", NormalizedName = "" });
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Accounts.CountAsync());
    }

    private SalesDbContext CreateContext() =>
        new SqliteSalesDbContext(new DbContextOptionsBuilder<SqliteSalesDbContext>().UseSqlite(_connection).Options);
}
