using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SalesGraph.Api.GraphQL;
using SalesGraph.Data;
using SalesGraph.Data.Health;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSalesData(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
builder.Services.AddHealthChecks().AddCheck<SalesDatabaseHealthCheck>("database");
builder.Services.AddSalesGraphQL();

var app = builder.Build();
await app.Services.InitializeSalesDatabaseAsync();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = (http, report) => http.Response.WriteAsJsonAsync(SalesHealthReport.From(report)) });
app.MapSalesGraphQL();
app.Run();

public partial class Program;
