namespace SalesGraph.Api.Tests.Hostile;

/// <summary>The hostile suite measures the whole process' memory, so nothing else may run beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection : ICollectionFixture<HostileServer>
{
    public const string Name = "Hostile";
}
