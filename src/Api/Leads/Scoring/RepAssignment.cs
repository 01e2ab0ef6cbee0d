using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sales;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Assigns routed leads to reps by round robin inside the team: the team's cursor (<see cref="Team.LastAssignedRepId"/>,
/// guarded by its RowVersion) and the reps' open-lead counts change with it. Works on tracked entities (saved by EF) as well as
/// untracked ones, for which <see cref="MovedCursors"/> and <see cref="OpenLeadChanges"/> say what to write.</summary>
public sealed class RepAssignment
{
    private readonly Dictionary<string, Team> _teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, SalesRep> _reps = [];
    private readonly Dictionary<int, int?> _loadedCursors = [];
    private readonly Dictionary<int, int> _openLeadChanges = [];

    /// <summary>Loads the teams named by the routes and the reps the leads are assigned to now, unless already loaded:
    /// several chunks of one transaction share one assignment, so a cursor moved by one chunk is seen by the next.</summary>
    public async Task LoadAsync(SalesDbContext db, IEnumerable<string> teamNames, IEnumerable<Lead> leads, CancellationToken ct)
    {
        var names = teamNames.Where(n => !_teams.ContainsKey(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > 0)
        {
            foreach (var team in await db.Teams.Include(t => t.Reps).Where(t => names.Contains(t.Name)).ToListAsync(ct))
            {
                _teams[team.Name] = team;
                _loadedCursors[team.Id] = team.LastAssignedRepId;
                foreach (var rep in team.Reps)
                {
                    // Untracked reads give a rep already loaded on its own a second instance: keep the count it has by now.
                    if (_reps.TryGetValue(rep.Id, out var known))
                        rep.OpenLeads = known.OpenLeads;
                    _reps[rep.Id] = rep;
                }
            }
        }
        var current = leads.Where(l => l.AssignedRepId is { } id && !_reps.ContainsKey(id)).Select(l => l.AssignedRepId!.Value).Distinct().ToList();
        if (current.Count > 0)
        {
            foreach (var rep in await db.SalesReps.Where(r => current.Contains(r.Id)).ToListAsync(ct))
                _reps.TryAdd(rep.Id, rep);
        }
    }

    public Team? Team(string? name) => name is not null && _teams.TryGetValue(name, out var team) ? team : null;

    /// <summary>Teams whose round-robin cursor moved since they were read (their RowVersion is still the one read).</summary>
    public IEnumerable<Team> MovedCursors => _teams.Values.Where(t => _loadedCursors[t.Id] != t.LastAssignedRepId);

    /// <summary>Per rep id, how many open leads were added (or, negative, released).</summary>
    public IReadOnlyDictionary<int, int> OpenLeadChanges => _openLeadChanges;

    /// <summary>Keeps a lead with its rep while it stays routed to the rep's team; otherwise releases the rep and picks the next one with room.</summary>
    public void Assign(Lead lead, Team? team)
    {
        if (team is not null && lead.RouteTeamId == team.Id && lead.AssignedRepId is { } kept
            && _reps.TryGetValue(kept, out var keptRep) && keptRep.TeamId == team.Id && keptRep.IsActive)
            return;

        if (lead.AssignedRepId is { } previous && _reps.TryGetValue(previous, out var released) && released.OpenLeads > 0)
        {
            released.OpenLeads--;
            _openLeadChanges[released.Id] = _openLeadChanges.GetValueOrDefault(released.Id) - 1;
        }
        lead.AssignedRepId = null;
        lead.AssignedRep = null;
        if (team is null)
            return;

        var loads = team.Reps.Select(r => new SalesRepLoad(r.Id, r.Capacity, r.OpenLeads, r.IsActive)).ToList();
        if (RoundRobinAssigner.Next(loads, team.LastAssignedRepId) is not { } next)
            return;
        var rep = _reps[next];
        rep.OpenLeads++;
        _openLeadChanges[rep.Id] = _openLeadChanges.GetValueOrDefault(rep.Id) + 1;
        team.LastAssignedRepId = next;
        lead.AssignedRepId = next;
        lead.AssignedRep = rep;
    }
}
