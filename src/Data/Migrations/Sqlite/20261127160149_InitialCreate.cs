using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleSet = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RolledBackFrom = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoreResults",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSet = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Fit = table.Column<int>(type: "INTEGER", nullable: false),
                    Engagement = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreResults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleSet = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    When = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Then = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Territories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Countries = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Territories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScoreResultId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleHits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuleHits_ScoreResults_ScoreResultId",
                        column: x => x.ScoreResultId,
                        principalTable: "ScoreResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Manager = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastAssignedRepId = table.Column<int>(type: "INTEGER", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SalesReps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenLeads = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesReps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SalesReps_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ocid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BuyerRegion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MainCpv = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CpvCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProcurementMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ValueAmount = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PriceWeight = table.Column<int>(type: "INTEGER", nullable: true),
                    QualityWeight = table.Column<int>(type: "INTEGER", nullable: true),
                    SuitableForSme = table.Column<bool>(type: "INTEGER", nullable: false),
                    BidScore = table.Column<int>(type: "INTEGER", nullable: true),
                    BidDecision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BidTeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EvaluationRuleVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tenders_Teams_BidTeamId",
                        column: x => x.BidTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualRevenue = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    YearEstablished = table.Column<int>(type: "INTEGER", nullable: true),
                    ParentAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    TerritoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerRepId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsCustomer = table.Column<bool>(type: "INTEGER", nullable: false),
                    PyramidTier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RelationshipStage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Strategies = table.Column<int>(type: "INTEGER", nullable: false),
                    Nps = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    LifetimeValue = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    TaggedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TagRuleVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_Accounts_ParentAccountId",
                        column: x => x.ParentAccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Accounts_SalesReps_OwnerRepId",
                        column: x => x.OwnerRepId,
                        principalTable: "SalesReps",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Accounts_Territories_TerritoryId",
                        column: x => x.TerritoryId,
                        principalTable: "Territories",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerRepId = table.Column<int>(type: "INTEGER", nullable: true),
                    Product = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Probability = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    EngagedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpectedCloseAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opportunities_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Opportunities_SalesReps_OwnerRepId",
                        column: x => x.OwnerRepId,
                        principalTable: "SalesReps",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RevenueLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revenue = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    GrossMargin = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevenueLines_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Leads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    EmailDomain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    IsFreeMailDomain = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    Country = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: true),
                    AnnualRevenue = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: true),
                    ConsentEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentPhone = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentTracking = table.Column<bool>(type: "INTEGER", nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UtmSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UtmMedium = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UtmCampaign = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UtmTerm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UtmContent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyingMotives = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CustomFields = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    MatchMethod = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Converted = table.Column<bool>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    FitScore = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagementScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RouteTeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedRepId = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NurtureTrack = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScoreRuleVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastActivityAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leads_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Leads_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Leads_SalesReps_AssignedRepId",
                        column: x => x.AssignedRepId,
                        principalTable: "SalesReps",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Leads_Teams_RouteTeamId",
                        column: x => x.RouteTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "NpsResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NpsResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NpsResponses_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NpsResponses_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OpportunityContacts",
                columns: table => new
                {
                    OpportunityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunityContacts", x => new { x.OpportunityId, x.ContactId });
                    table.ForeignKey(
                        name: "FK_OpportunityContacts_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpportunityContacts_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Engagements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Engagements_Leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "Leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_AnnualRevenue",
                table: "Accounts",
                column: "AnnualRevenue");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Country",
                table: "Accounts",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Employees",
                table: "Accounts",
                column: "Employees");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Industry",
                table: "Accounts",
                column: "Industry");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_IsCustomer",
                table: "Accounts",
                column: "IsCustomer");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Name",
                table: "Accounts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts",
                column: "NormalizedName");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_OwnerRepId",
                table: "Accounts",
                column: "OwnerRepId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ParentAccountId",
                table: "Accounts",
                column: "ParentAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_PyramidTier",
                table: "Accounts",
                column: "PyramidTier");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TerritoryId",
                table: "Accounts",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId_At",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AccountId",
                table: "Contacts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Email",
                table: "Contacts",
                column: "Email",
                unique: true,
                filter: "Email IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_FullName",
                table: "Contacts",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_Role",
                table: "Contacts",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_Engagements_LeadId_OccurredAt",
                table: "Engagements",
                columns: new[] { "LeadId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AccountId",
                table: "Leads",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_AssignedRepId",
                table: "Leads",
                column: "AssignedRepId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ContactId",
                table: "Leads",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Country",
                table: "Leads",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_CreatedAt",
                table: "Leads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Domain",
                table: "Leads",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Email",
                table: "Leads",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_EmailDomain",
                table: "Leads",
                column: "EmailDomain");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Grade",
                table: "Leads",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_RouteTeamId",
                table: "Leads",
                column: "RouteTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Score",
                table: "Leads",
                column: "Score");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Source_ExternalId",
                table: "Leads",
                columns: new[] { "Source", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Stage",
                table: "Leads",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_NpsResponses_AccountId_RespondedAt",
                table: "NpsResponses",
                columns: new[] { "AccountId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NpsResponses_Category",
                table: "NpsResponses",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_NpsResponses_ContactId",
                table: "NpsResponses",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_AccountId",
                table: "Opportunities",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Amount",
                table: "Opportunities",
                column: "Amount");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_ClosedAt",
                table: "Opportunities",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_ExpectedCloseAt",
                table: "Opportunities",
                column: "ExpectedCloseAt");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_ExternalId",
                table: "Opportunities",
                column: "ExternalId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OwnerRepId",
                table: "Opportunities",
                column: "OwnerRepId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Stage",
                table: "Opportunities",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_OpportunityContacts_ContactId",
                table: "OpportunityContacts",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_RevenueLines_AccountId_PeriodStart",
                table: "RevenueLines",
                columns: new[] { "AccountId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevenueLines_PeriodStart",
                table: "RevenueLines",
                column: "PeriodStart");

            migrationBuilder.CreateIndex(
                name: "IX_RuleHits_RuleId",
                table: "RuleHits",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_RuleHits_ScoreResultId",
                table: "RuleHits",
                column: "ScoreResultId");

            migrationBuilder.CreateIndex(
                name: "IX_RuleSetVersions_RuleSet_Number",
                table: "RuleSetVersions",
                columns: new[] { "RuleSet", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SalesReps_Email",
                table: "SalesReps",
                column: "Email",
                unique: true,
                filter: "Email IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SalesReps_FullName",
                table: "SalesReps",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_SalesReps_TeamId",
                table: "SalesReps",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreResults_RuleSet_RuleSetVersion",
                table: "ScoreResults",
                columns: new[] { "RuleSet", "RuleSetVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreResults_Subject_SubjectId_EvaluatedAt",
                table: "ScoreResults",
                columns: new[] { "Subject", "SubjectId", "EvaluatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRules_RuleSet_Name",
                table: "ScoringRules",
                columns: new[] { "RuleSet", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Kind",
                table: "Teams",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Name",
                table: "Teams",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_TerritoryId",
                table: "Teams",
                column: "TerritoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_BidDecision",
                table: "Tenders",
                column: "BidDecision");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_BidTeamId",
                table: "Tenders",
                column: "BidTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_DeadlineAt",
                table: "Tenders",
                column: "DeadlineAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_MainCpv",
                table: "Tenders",
                column: "MainCpv");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_Ocid",
                table: "Tenders",
                column: "Ocid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_PublishedAt",
                table: "Tenders",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_Status",
                table: "Tenders",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_ValueAmount",
                table: "Tenders",
                column: "ValueAmount");

            migrationBuilder.CreateIndex(
                name: "IX_Territories_Name",
                table: "Territories",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Engagements");

            migrationBuilder.DropTable(
                name: "NpsResponses");

            migrationBuilder.DropTable(
                name: "OpportunityContacts");

            migrationBuilder.DropTable(
                name: "RevenueLines");

            migrationBuilder.DropTable(
                name: "RuleHits");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");

            migrationBuilder.DropTable(
                name: "ScoringRules");

            migrationBuilder.DropTable(
                name: "Tenders");

            migrationBuilder.DropTable(
                name: "Leads");

            migrationBuilder.DropTable(
                name: "Opportunities");

            migrationBuilder.DropTable(
                name: "ScoreResults");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "SalesReps");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "Territories");
        }
    }
}
