using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SalesGraph.Api.Funnel;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.TrustedDocuments;
using SalesGraph.Api.Import;
using SalesGraph.Api.Leads.Intake;
using SalesGraph.Api.OperationsConsole;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Cli;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Subscriptions;
using SalesGraph.Api.Telemetry;
using SalesGraph.Data;
using SalesGraph.Data.Health;

var builder = WebApplication.CreateBuilder(args);
SecurityCommands.RouteLogsToStandardError(args, builder.Logging);
builder.Services.AddSalesData(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
builder.Services.AddHealthChecks().AddCheck<SalesDatabaseHealthCheck>("database");
builder.Services.AddSalesRules(builder.Configuration);
builder.Services.AddSalesGraphSecurity(builder.Configuration);
builder.Services.AddLeadIntake();
builder.Services.AddSalesGraphConsole();
builder.Services.AddSalesFunnel();
builder.Services.AddSalesGraphSubscriptions();
builder.Services.AddSalesGraphTelemetry(builder.Configuration);
builder.Services.AddSalesGraphQL(graphQL => graphQL.AddSalesGraphSecurity().AddSalesGraphTelemetry());

var app = builder.Build();
if (await SecurityCommands.TryRunAsync(args, app.Services) || await ImportCommands.TryRunAsync(args, app.Services)
    || await DocumentCommands.TryRunAsync(args, app.Services))
{
    return;
}

var demoDataLoaded = await app.Services.InitializeSalesDatabaseAsync();
await app.Services.InitializeRulesAsync(evaluateStoredData: demoDataLoaded);
app.UseSalesGraphConsole();
app.UseWebSockets();
app.UseSalesGraphSecurity();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = (http, report) => http.Response.WriteAsJsonAsync(SalesHealthReport.From(report)) });
app.MapSalesGraphQL();
app.MapSalesGraphMetrics();
app.Run();

public partial class Program;
