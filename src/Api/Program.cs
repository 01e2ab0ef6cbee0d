using SalesGraph.Api.GraphQL;
using SalesGraph.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSalesData(builder.Configuration);
builder.Services.AddSalesGraphQL();

var app = builder.Build();
await app.Services.InitializeSalesDatabaseAsync();
app.MapGet("/healthz", () => "ok");
app.MapSalesGraphQL();
app.Run();

public partial class Program;
