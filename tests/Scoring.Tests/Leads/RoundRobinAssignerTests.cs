using SalesGraph.Scoring.Leads;

namespace SalesGraph.Scoring.Tests.Leads;

public class RoundRobinAssignerTests
{
    private static readonly SalesRepLoad[] Team = [new(1, 5, 0), new(2, 5, 5), new(3, 5, 1), new(4, 5, 0, IsActive: false)];

    [Fact]
    public void Next_AfterLastRep_SkipsRepAtCapacityAndInactive()
    {
        Assert.Equal(3, RoundRobinAssigner.Next(Team, lastAssignedRepId: 1));
    }

    [Fact]
    public void Next_AfterTheLastInOrder_WrapsAround()
    {
        Assert.Equal(1, RoundRobinAssigner.Next(Team, lastAssignedRepId: 3));
    }

    [Fact]
    public void Next_WholeTeamFull_ReturnsNull()
    {
        Assert.Null(RoundRobinAssigner.Next([new(1, 1, 1), new(2, 0, 0)], null));
    }

    [Fact]
    public void AssignMany_CountsAssignmentsAgainstCapacity()
    {
        var assigned = RoundRobinAssigner.AssignMany([new(1, 2, 1), new(2, 2, 0)], null, 4);

        Assert.Equal([1, 2, 2, null], assigned);
    }
}
