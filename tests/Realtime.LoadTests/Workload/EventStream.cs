using Realtime.Contracts.Events;

namespace Realtime.LoadTests.Workload;

/// <summary>
/// An endless stream of events from <paramref name="interleave"/> conversations in flight at once, round-robin, so a
/// batch of 100 carries about 100/interleave events of each conversation (a connector batching per conversation
/// when interleave is small; the worst case of one event per conversation when it is 100 or more).
/// </summary>
public sealed class EventStream(DialogueCorpus corpus, string prefix, int interleave, int stores, int agents)
{
    private readonly Queue<ConversationEvent>?[] _slots = new Queue<ConversationEvent>?[interleave];
    private int _nextConversation;
    private int _slot;

    public int ConversationsStarted => _nextConversation;

    public ConversationEvent Next()
    {
        while (true)
        {
            var slot = _slots[_slot] ??= NewConversation();
            _slot = (_slot + 1) % _slots.Length;
            if (slot.TryDequeue(out var e))
            {
                return e;
            }

            _slots[(_slot + _slots.Length - 1) % _slots.Length] = null;
        }
    }

    public List<ConversationEvent> NextBatch(int size)
    {
        var batch = new List<ConversationEvent>(size);
        for (var i = 0; i < size; i++)
        {
            batch.Add(Next());
        }

        return batch;
    }

    private Queue<ConversationEvent> NewConversation()
    {
        var n = _nextConversation++;
        var dialogue = corpus.Dialogues[n % corpus.Dialogues.Count];
        return new Queue<ConversationEvent>(ConversationScript.Build(
            $"{prefix}-c{n}", dialogue, $"store-{n % stores}", $"{prefix}-u{n}", $"a-{n % agents}", DateTimeOffset.UtcNow, close: true));
    }
}
