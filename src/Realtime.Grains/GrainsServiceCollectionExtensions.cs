using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Realtime.Grains.Floor;
using Realtime.Grains.Rulesets;
using Realtime.Scoring;

namespace Realtime.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The silo-local services grains depend on. The host adds <c>ILivePublisher</c> and the scorer's models.</summary>
    public static IServiceCollection AddRealtimeGrains(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Persistence.StateWritePolicy.Durable);
        services.TryAddSingleton<IMessageScorer>(_ => new MessageScorer());
        services.AddSingleton<RulesetProvider>();
        services.AddSingleton<FloorFeed>();
        services.TryAddSingleton(new Agents.AgentFeed(deferred: false));
        services.AddSingleton(typeof(Paging.Packer<>));
        services.AddSingleton<Backtests.DraftRulesetCache>();
        services.TryAddSingleton<Ingest.DerivationFailures>();
        services.AddSingleton<Conversations.ConversationDerivation>();
        services.AddSingleton<Conversations.RejectedEvents>();

        // One of each per conversation activation: they remember what that activation told and timed.
        services.AddTransient<Conversations.ConversationOutbox>();
        services.AddTransient<Conversations.ConversationTimers>();
        services.AddSingleton(sp => new Conversations.SlaAlarms(
            conversationId => sp.GetRequiredService<IGrainFactory>().Reference<Conversations.IConversationGrain>(conversationId).WakeAsync(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Conversations.SlaAlarms>>()));
        services.AddHostedService<FloorFeedFlusher>();
        services.AddHostedService<Agents.AgentFeedFlusher>();
        return services;
    }
}
