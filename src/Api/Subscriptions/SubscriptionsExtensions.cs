using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Api.Subscriptions.Transport;
using SalesGraph.Data.Providers;

namespace SalesGraph.Api.Subscriptions;

public static class SubscriptionsExtensions
{
    /// <summary>The event outbox poller and hub, the WebSocket transport's services, the event graph types and <see cref="SubscriptionOptions"/>.</summary>
    public static IServiceCollection AddSalesGraphSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EventHub>();
        services.AddSingleton<OutboxPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxPoller>());
        services.AddSingleton(sp => new OutboxCommitWake(new Lazy<OutboxPoller>(sp.GetRequiredService<OutboxPoller>)));
        services.ConfigureDbContext<SqliteSalesDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxCommitWake>()));
        services.ConfigureDbContext<SqlServerSalesDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<OutboxCommitWake>()));
        services.AddSingleton<SubscriptionRegistry>();
        services.AddSingleton<ConnectionAuthenticator>();
        services.TryAddSingleton<ILeadEventScope, ScopedLeadEvents>();
        services.AddSingleton<LeadEventType>();
        services.AddSingleton<RuleSetPublishedEventType>();
        services.AddSingleton<TenderDecidedEventType>();
        return services;
    }
}
