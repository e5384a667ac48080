using Realtime.Grains.Platforms;

namespace Realtime.Grains.Conversations;

/// <summary>Tells the store's platform rates about this conversation's customer rounds (its SLA waits).</summary>
public sealed partial class ConversationGrain
{
    /// <summary>The rounds this activation last told the store; a restart tells them again, which replaces them.</summary>
    private ConversationRounds? _toldPlatform;

    /// <summary>Only conversations on a platform the store has a rule for, and only when a round started or ended.</summary>
    private async Task TellPlatformAsync(ConversationFacts facts)
    {
        if (facts.Platform is null || facts.Waits.Count == 0)
        {
            return;
        }

        var rules = (await rulesets.GetAsync(facts.StoreId)).Source.PlatformMetrics;
        if (!rules.Any(r => r.Platform == facts.Platform))
        {
            return;
        }

        var rounds = new ConversationRounds
        {
            ConversationId = ConversationId,
            CustomerId = facts.CustomerId,
            Platform = facts.Platform,
            Rounds = [.. facts.Waits
                .Where(w => w.Kind != SlaCalculator.Resolution)
                .Select(w => new ResponseRound(w.StartedAt, w.End == SlaWaitEnd.Answered ? w.AnsweredAt : null, w.End == SlaWaitEnd.Closed))],
        };
        if (rounds.SameAs(_toldPlatform))
        {
            return;
        }

        await GrainFactory.GetGrain<IPlatformRatesGrain>(facts.StoreId).NoteAsync(rounds);
        _toldPlatform = rounds;
    }
}
