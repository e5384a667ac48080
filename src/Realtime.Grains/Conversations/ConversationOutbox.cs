using Microsoft.Extensions.Logging;
using Realtime.Contracts.Orders;
using Realtime.Grains.Agents;
using Realtime.Grains.Floor;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Everything a conversation tells other grains once its facts are derived: alerts and hints, the customer's contact
/// and sales records, the agents' records, the platform's response rounds, and the floor's summary. One per
/// activation (it remembers what it told last, to skip calls that would change nothing).
/// </summary>
public sealed class ConversationOutbox(IGrainFactory grains, ConversationDerivation derivation, FloorFeed floor, AgentFeed agentFeed, ILogger<ConversationGrain> logger)
{
    private readonly AlertOutbox _alerts = new(grains, derivation, logger);
    private readonly CustomerOutbox _customer = new(grains, derivation);
    private readonly AgentRecordOutbox _agents = new(grains, agentFeed);
    private readonly PlatformOutbox _platform = new(grains, derivation);

    /// <summary>
    /// Raises what is new in the facts (live only; imported history is marked raised), resolves what no longer applies
    /// (live only), then tells the customer, agents, sales record and platform.
    /// </summary>
    public async Task SendAsync(string conversationId, ConversationState state, ConversationFacts facts, bool live)
    {
        if (AlertOutbox.Fresh(state, facts) is { } fresh)
        {
            await _alerts.RaiseAsync(conversationId, state, facts, fresh, live);
        }

        if (live)
        {
            await _alerts.ResolveWhatNoLongerAppliesAsync(conversationId, state, facts);
        }

        await _customer.TellContactAsync(conversationId, state, facts);
        await _agents.TellAgentsAsync(state, facts);
        await _customer.TellSalesAsync(conversationId, state, facts);
        await _platform.TellPlatformAsync(conversationId, facts);
    }

    /// <summary>The floor hears of live changes and of the close (batched by the silo's <see cref="FloorFeed"/>).</summary>
    public void ReportToFloor(ConversationFacts facts, bool live)
    {
        if (live || facts.IsClosed)
        {
            floor.Report(ConversationViews.Summary(facts));
        }
    }

    public Task<IReadOnlyList<OrderCredit>> CreditsAsync(string conversationId, ConversationState state, string? customerId) =>
        _customer.CreditsAsync(conversationId, state, customerId);
}
