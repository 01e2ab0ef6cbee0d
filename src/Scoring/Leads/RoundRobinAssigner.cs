namespace SalesGraph.Scoring.Leads;

/// <summary>Round robin inside a team that skips reps at capacity (or inactive): the next rep after the last assigned one,
/// in rep-id order. Pure; the Api stores the cursor (Team.LastAssignedRepId) and the reps' open-lead counts.</summary>
public static class RoundRobinAssigner
{
    /// <summary>The rep to assign, or null when every rep is full.</summary>
    public static int? Next(IReadOnlyList<SalesRepLoad> reps, int? lastAssignedRepId)
    {
        var ordered = reps.OrderBy(r => r.RepId).ToList();
        if (ordered.Count == 0)
            return null;
        var start = lastAssignedRepId is { } last ? ordered.FindIndex(r => r.RepId > last) : 0;
        if (start < 0)
            start = 0;
        for (var step = 0; step < ordered.Count; step++)
        {
            var rep = ordered[(start + step) % ordered.Count];
            if (rep.HasRoom)
                return rep.RepId;
        }
        return null;
    }

    /// <summary>Assigns several leads in a row, counting each assignment against the rep's capacity; null entries where the team is full.</summary>
    public static IReadOnlyList<int?> AssignMany(IReadOnlyList<SalesRepLoad> reps, int? lastAssignedRepId, int count)
    {
        var load = reps.ToDictionary(r => r.RepId);
        var result = new List<int?>(count);
        var cursor = lastAssignedRepId;
        for (var i = 0; i < count; i++)
        {
            var next = Next([.. load.Values], cursor);
            result.Add(next);
            if (next is not { } id)
                continue;
            load[id] = load[id] with { OpenLeads = load[id].OpenLeads + 1 };
            cursor = id;
        }
        return result;
    }
}
