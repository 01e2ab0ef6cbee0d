using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sales;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Assigns routed leads to reps by round robin inside the team, on tracked entities: the team's cursor
/// (<see cref="Team.LastAssignedRepId"/>, guarded by its RowVersion) and the reps' open-lead counts change with it.</summary>
public sealed class RepAssignment
{
    private readonly Dictionary<string, Team> _teams;
    private readonly Dictionary<int, SalesRep> _reps;

    private RepAssignment(Dictionary<string, Team> teams, Dictionary<int, SalesRep> reps)
    {
        _teams = teams;
        _reps = reps;
    }

    /// <summary>Loads (tracked) the teams named by the routes and the reps the leads are assigned to now.</summary>
    public static async Task<RepAssignment> LoadAsync(SalesDbContext db, IEnumerable<string> teamNames, IEnumerable<Lead> leads, CancellationToken ct)
    {
        var names = teamNames.Distinct().ToList();
        var teams = names.Count == 0 ? [] : await db.Teams.Include(t => t.Reps).Where(t => names.Contains(t.Name)).ToListAsync(ct);
        var reps = teams.SelectMany(t => t.Reps).ToDictionary(r => r.Id);
        var current = leads.Where(l => l.AssignedRepId is { } id && !reps.ContainsKey(id)).Select(l => l.AssignedRepId!.Value).Distinct().ToList();
        if (current.Count > 0)
        {
            foreach (var rep in await db.SalesReps.Where(r => current.Contains(r.Id)).ToListAsync(ct))
                reps[rep.Id] = rep;
        }
        return new RepAssignment(teams.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase), reps);
    }

    public Team? Team(string? name) => name is not null && _teams.TryGetValue(name, out var team) ? team : null;

    /// <summary>Keeps a lead with its rep while it stays routed to the rep's team; otherwise releases the rep and picks the next one with room.</summary>
    public void Assign(Lead lead, Team? team)
    {
        if (team is not null && lead.RouteTeamId == team.Id && lead.AssignedRepId is { } kept
            && _reps.TryGetValue(kept, out var keptRep) && keptRep.TeamId == team.Id && keptRep.IsActive)
            return;

        if (lead.AssignedRepId is { } previous && _reps.TryGetValue(previous, out var released))
            released.OpenLeads = Math.Max(0, released.OpenLeads - 1);
        lead.AssignedRepId = null;
        lead.AssignedRep = null;
        if (team is null)
            return;

        var loads = team.Reps.Select(r => new SalesRepLoad(r.Id, r.Capacity, r.OpenLeads, r.IsActive)).ToList();
        if (RoundRobinAssigner.Next(loads, team.LastAssignedRepId) is not { } next)
            return;
        var rep = _reps[next];
        rep.OpenLeads++;
        team.LastAssignedRepId = next;
        lead.AssignedRepId = next;
        lead.AssignedRep = rep;
    }
}
