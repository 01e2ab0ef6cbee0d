namespace SalesGraph.Data.Events;

/// <summary>
/// Events of one committed change (a lead batch scored, a rule set published, tenders decided), written in the change's own
/// transaction. Every API instance reads new rows by <see cref="Id"/> and hands them to its subscribers, so an event on one
/// instance reaches subscribers on all of them without a broker.
/// </summary>
public class OutboxEvent
{
    /// <summary>The position: instances read rows above the last one they saw.</summary>
    public long Id { get; set; }

    /// <summary>What happened (<c>LeadScored</c>, <c>LeadRouted</c>, <c>RuleSetPublished</c>, <c>TenderDecided</c>).</summary>
    public required string Topic { get; set; }

    /// <summary>A JSON array of the events: one row per topic per transaction, so a batch of 1,000 leads is one insert.</summary>
    public required string Payload { get; set; }

    public DateTime CreatedAt { get; set; }
}
