using SalesGraph.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSalesData(builder.Configuration);

var app = builder.Build();
await app.Services.InitializeSalesDatabaseAsync();
app.MapGet("/healthz", () => "ok");
app.Run();

public partial class Program;
