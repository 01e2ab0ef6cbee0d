namespace SalesGraph.Api.Tests.Console;

/// <summary>One server and one browser for every console test; the tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleServer>
{
    public const string Name = "console";
}
