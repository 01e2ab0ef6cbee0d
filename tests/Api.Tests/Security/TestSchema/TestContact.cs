namespace SalesGraph.Api.Tests.Security.TestSchema;

public sealed record TestContact(string Name, string Email, string Phone);
