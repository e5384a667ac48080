using Microsoft.Extensions.Logging;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Hints;
using Realtime.Contracts.Texts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Hints;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Conversations;

/// <summary>
/// A conversation's alerts and hints: each new condition raised once (an alert in the store's book, a hint to the
/// agent), and resolved or retired once it stops applying. What was sent is kept in the <see cref="ConversationState"/>.
/// </summary>
public sealed partial class AlertOutbox(IGrainFactory grains, ConversationDerivation derivation, ILogger logger)
{
    /// <summary>The conditions of the facts not raised before, in the facts' order; null when none.</summary>
    public static List<AlertCondition>? Fresh(ConversationState state, ConversationFacts facts)
    {
        List<AlertCondition>? fresh = null;
        foreach (var c in facts.Conditions)
        {
            if (!state.RaisedConditions.ContainsKey(c.Key))
            {
                (fresh ??= []).Add(c);
            }
        }

        return fresh;
    }

    /// <summary>The alert drafts of the fresh conditions that raise an alert, in their order.</summary>
    public static List<AlertDraft> Drafts(string conversationId, ConversationFacts facts, IReadOnlyList<AlertCondition> fresh) =>
        [.. fresh.Where(c => c.RaisesAlert).Select(c => new AlertDraft
        {
            ConditionKey = $"{conversationId}:{c.Key}",
            Kind = c.Kind,
            Severity = c.Severity,
            Message = c.Message.Render(TextCatalog.English),
            MessageText = c.Message,
            Evidence = c.Evidence,
            EvidenceText = c.EvidenceText,
            RuleId = c.RuleId,
            ConversationId = conversationId,
            AgentId = c.AgentId ?? facts.AgentId,
            CustomerId = facts.CustomerId,
            TeamId = facts.TeamId,
        })];

    /// <summary>
    /// The open hints to retire: those whose condition was resolved or went away, and every one once the conversation
    /// closes.
    /// </summary>
    public static List<KeyValuePair<string, string>> HintsToRetire(IReadOnlyDictionary<string, string> openHints, ConversationFacts facts, IEnumerable<SystemResolution> resolutions)
    {
        var current = facts.Conditions.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var resolved = resolutions.Select(r => r.ConditionKey).ToHashSet(StringComparer.Ordinal);
        return [.. openHints.Where(h => facts.IsClosed || resolved.Contains(h.Key) || !current.Contains(h.Key))];
    }

    /// <summary>
    /// Raises the fresh conditions: live, an alert per draft and a hint to the agent of an open conversation; imported
    /// history is marked raised and raises nothing.
    /// </summary>
    public async Task RaiseAsync(string conversationId, ConversationState state, ConversationFacts facts, List<AlertCondition> fresh, bool live)
    {
        if (!live)
        {
            foreach (var c in fresh)
            {
                state.RaisedConditions[c.Key] = string.Empty;
            }

            return;
        }

        var drafts = Drafts(conversationId, facts, fresh);
        var raised = drafts.Count == 0 ? [] : await grains.Reference<IAlertBookGrain>(facts.StoreId).RaiseAsync(drafts);
        var next = 0;
        foreach (var c in fresh)
        {
            // The book answers every draft, in the drafts' order.
            var answer = c.RaisesAlert ? raised[next++] : null;
            state.RaisedConditions[c.Key] = answer?.Alert.AlertId ?? string.Empty;
            var agent = c.AgentId ?? facts.AgentId;
            if (c.Hint is not null && agent is not null && !facts.IsClosed)
            {
                await grains.Reference<IAgentHintsGrain>(agent).RaiseAsync(new Hint(conversationId, c.Kind == "hint" ? "disclosure" : c.Kind, c.Severity, c.Hint.Render(TextCatalog.English), derivation.Now)
                {
                    RuleId = c.RuleId,
                    MessageKey = c.Hint.Key,
                    Args = c.Hint.Args,
                    HintId = $"{conversationId}:{c.Key}",
                });
                (state.OpenHints ??= new Dictionary<string, string>(StringComparer.Ordinal))[c.Key] = agent;
            }
        }

        var newAlerts = raised.Count(a => a.IsNew);
        LogRaised(logger, conversationId, newAlerts);
    }

    /// <summary>
    /// Resolves, as the system, the alerts of conditions that stopped applying (<see cref="AutoResolver"/>), and retires
    /// the hints that no longer apply (<see cref="HintsToRetire"/>).
    /// </summary>
    public async Task ResolveWhatNoLongerAppliesAsync(string conversationId, ConversationState state, ConversationFacts facts)
    {
        var hasHints = state.OpenHints is { Count: > 0 };
        var unsettled = state.RaisedConditions.Any(r => r.Value.Length > 0 && state.SettledConditions?.Contains(r.Key) != true);
        if (!unsettled && !hasHints)
        {
            return;
        }

        var threshold = (await derivation.RulesetAsync(facts.StoreId)).Source.QaLowScoreThreshold;
        var resolutions = AutoResolver.Resolutions(facts, state.Events, state.RaisedConditions.Keys, threshold);
        var forAlerts = resolutions
            .Where(r => state.RaisedConditions.TryGetValue(r.ConditionKey, out var id) && id.Length > 0 && state.SettledConditions?.Contains(r.ConditionKey) != true)
            .ToList();
        if (forAlerts.Count > 0)
        {
            await grains.Reference<IAlertBookGrain>(facts.StoreId).ResolveBySystemAsync(
                [.. forAlerts.Select(r => r with { ConditionKey = $"{conversationId}:{r.ConditionKey}" })]);
            state.SettledConditions ??= new HashSet<string>(StringComparer.Ordinal);
            state.SettledConditions.UnionWith(forAlerts.Select(r => r.ConditionKey));
        }

        if (state.OpenHints is { Count: > 0 } openHints)
        {
            var retire = HintsToRetire(openHints, facts, resolutions);
            foreach (var byAgent in retire.GroupBy(h => h.Value, StringComparer.Ordinal))
            {
                await grains.Reference<IAgentHintsGrain>(byAgent.Key).RetireAsync(conversationId, [.. byAgent.Select(h => $"{conversationId}:{h.Key}")]);
            }

            foreach (var (key, _) in retire)
            {
                openHints.Remove(key);
            }
        }
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Conversation {ConversationId} raised {Count} alerts")]
    private static partial void LogRaised(ILogger logger, string conversationId, int count);
}
