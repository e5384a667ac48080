using Realtime.Grains.Platforms;

namespace Realtime.Grains.Conversations;

/// <summary>Tells the store's platform rates about this conversation's customer rounds (its SLA waits).</summary>
public sealed class PlatformOutbox(IGrainFactory grains, ConversationDerivation derivation)
{
    /// <summary>The rounds this activation last told the store; a restart tells them again, which replaces them.</summary>
    private ConversationRounds? _toldPlatform;

    /// <summary>The conversation's response rounds: each customer wait but the resolution clock.</summary>
    public static ConversationRounds Rounds(string conversationId, string platform, ConversationFacts facts) => new()
    {
        ConversationId = conversationId,
        CustomerId = facts.CustomerId,
        Platform = platform,
        Rounds = [.. facts.Waits
            .Where(w => w.Kind != SlaCalculator.Resolution)
            .Select(w => new ResponseRound(w.StartedAt, w.End == SlaWaitEnd.Answered ? w.AnsweredAt : null, w.End == SlaWaitEnd.Closed))],
    };

    /// <summary>Only conversations on a platform the store has a rule for, and only when a round started or ended.</summary>
    public async Task TellPlatformAsync(string conversationId, ConversationFacts facts)
    {
        if (facts.Platform is null || facts.Waits.Count == 0)
        {
            return;
        }

        var rules = (await derivation.RulesetAsync(facts.StoreId)).Source.PlatformMetrics;
        if (!rules.Any(r => r.Platform == facts.Platform))
        {
            return;
        }

        var rounds = Rounds(conversationId, facts.Platform, facts);
        if (rounds.SameAs(_toldPlatform))
        {
            return;
        }

        await grains.GetGrain<IPlatformRatesGrain>(facts.StoreId).NoteAsync(rounds);
        _toldPlatform = rounds;
    }
}
