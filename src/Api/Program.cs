using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SalesGraph.Data;
using SalesGraph.Data.Health;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSalesData(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
builder.Services.AddHealthChecks().AddCheck<SalesDatabaseHealthCheck>("database");

var app = builder.Build();
await app.Services.InitializeSalesDatabaseAsync();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = (http, report) => http.Response.WriteAsJsonAsync(SalesHealthReport.From(report)) });
app.Run();

public partial class Program;
