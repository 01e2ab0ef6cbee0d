using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Cli;
using SalesGraph.Data;

var builder = WebApplication.CreateBuilder(args);
SecurityCommands.RouteLogsToStandardError(args, builder.Logging);
builder.Services.AddSalesData(builder.Configuration);
builder.Services.AddSalesGraphSecurity(builder.Configuration);

var app = builder.Build();
if (await SecurityCommands.TryRunAsync(args, app.Services))
{
    return;
}

await app.Services.InitializeSalesDatabaseAsync();
app.UseSalesGraphSecurity();
app.MapGet("/healthz", () => "ok");
app.Run();

public partial class Program;
