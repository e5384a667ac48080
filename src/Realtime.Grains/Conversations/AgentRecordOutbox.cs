using Realtime.Contracts.Conversations;
using Realtime.Grains.Agents;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Hands the conversation's agents their record of it: the agent serving it, and a transferred-away record to each
/// agent who held it before. Through the silo's <see cref="AgentFeed"/> in the embedded silo, else by an awaited call.
/// </summary>
public sealed class AgentRecordOutbox(IGrainFactory grains, AgentFeed agentFeed)
{
    /// <summary>The record this activation last gave the agent (records are immutable).</summary>
    private AgentConversationRecord? _toldAgent;

    public async Task TellAgentsAsync(ConversationState state, ConversationFacts facts)
    {
        if (facts.AgentId is null)
        {
            return;
        }

        var alerts = state.RaisedConditions.Values.Count(id => id.Length > 0);
        var record = ConversationViews.AgentRecord(facts, alerts);
        if (state.ReportedAgentId == facts.AgentId && record.SameAs(_toldAgent))
        {
            // Most customer messages change none of the agent's figures: no call, and no page to save.
            return;
        }

        if (state.ReportedAgentId is { } previous && previous != facts.AgentId)
        {
            await TrackAsync(previous, record with { Open = false, TransferredAway = true }, state.ReportedDate);
            (state.TransferredAgents ??= []).Add(previous);
        }

        if (facts.AgentHistory.Count > 1)
        {
            await TellSkippedAgentsAsync(state, facts, record);
        }

        await TrackAsync(facts.AgentId, record, state.ReportedAgentId == facts.AgentId ? state.ReportedDate : null);
        state.ReportedAgentId = facts.AgentId;
        state.ReportedDate = record.Date;
        _toldAgent = record;
    }

    /// <summary>
    /// Agents who held the conversation between two batches (a transfer and the next one arrived together) were never
    /// told: they get their transferred-away record, as when the events came one by one.
    /// </summary>
    private async Task TellSkippedAgentsAsync(ConversationState state, ConversationFacts facts, AgentConversationRecord record)
    {
        foreach (var agent in facts.AgentHistory)
        {
            if (agent != facts.AgentId && agent != state.ReportedAgentId && state.TransferredAgents?.Contains(agent) != true)
            {
                await TrackAsync(agent, record with { Open = false, TransferredAway = true }, null);
                (state.TransferredAgents ??= []).Add(agent);
            }
        }
    }

    private Task TrackAsync(string agentId, AgentConversationRecord record, string? previousDate)
    {
        if (agentFeed.Deferred)
        {
            agentFeed.Report(agentId, record, previousDate);
            return Task.CompletedTask;
        }

        return grains.Reference<IAgentGrain>(agentId).TrackAsync(record, previousDate);
    }
}
