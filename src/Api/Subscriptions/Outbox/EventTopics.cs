namespace SalesGraph.Api.Subscriptions.Outbox;

/// <summary>The <see cref="Data.Events.OutboxEvent.Topic"/> values.</summary>
public static class EventTopics
{
    public const string LeadScored = "LeadScored";
    public const string LeadRouted = "LeadRouted";
    public const string RuleSetPublished = "RuleSetPublished";
    public const string TenderDecided = "TenderDecided";
}
