using Realtime.Grains.Ingest;

namespace Realtime.Grains.Conversations;

/// <summary>
/// One batch applied to an <see cref="EventLog"/>: duplicates skipped, each new event stored, and the facts derived
/// with them. An event that cannot be stored or derived is set apart in <see cref="Failed"/>, the others stay.
/// </summary>
public sealed class EventBatch
{
    private readonly EventLog _log;

    private EventBatch(EventLog log) => _log = log;

    /// <summary>The events this batch added to the log, with their stored form.</summary>
    public List<(IncomingEvent Event, StoredEvent Stored)> Added { get; } = [];

    /// <summary>The events rejected, each with why.</summary>
    public List<(IncomingEvent Event, Exception Error)> Failed { get; } = [];

    public int Duplicates { get; private set; }

    /// <summary>The facts with the added events; null when none was added.</summary>
    public ConversationFacts? Facts { get; private set; }

    /// <summary>
    /// Adds the batch's new events (<paramref name="store"/> throws for one it cannot take) and derives the facts
    /// (<paramref name="project"/>); when that throws, tries them one at a time and keeps those that derive.
    /// </summary>
    public static async Task<EventBatch> ApplyAsync(
        EventLog log, IReadOnlyList<IncomingEvent> events, Func<IncomingEvent, StoredEvent> store, Func<Task<ConversationFacts>> project)
    {
        var batch = new EventBatch(log);
        foreach (var e in events)
        {
            if (log.IsKnown(e.EventId))
            {
                batch.Duplicates++;
                continue;
            }

            try
            {
                var stored = store(e);
                log.Add(stored);
                batch.Added.Add((e, stored));
            }
            catch (Exception ex)
            {
                batch.Failed.Add((e, ex));
            }
        }

        if (batch.Added.Count > 0)
        {
            batch.Facts = await batch.DeriveIsolatingAsync(project);
        }

        return batch;
    }

    /// <summary>Takes the added events out of the log again (telling the other grains or saving failed).</summary>
    public void Forget()
    {
        foreach (var (_, stored) in Added)
        {
            _log.Remove(stored);
        }
    }

    private async Task<ConversationFacts?> DeriveIsolatingAsync(Func<Task<ConversationFacts>> project)
    {
        try
        {
            return await project();
        }
        catch (Exception ex)
        {
            Forget();
            var kept = new List<(IncomingEvent Event, StoredEvent Stored)>(Added.Count);
            foreach (var a in Added)
            {
                _log.Add(a.Stored);
                if (await TryAsync(project) is null)
                {
                    _log.Remove(a.Stored);
                    Failed.Add((a.Event, ex));
                }
                else
                {
                    kept.Add(a);
                }
            }

            Added.Clear();
            Added.AddRange(kept);
            var facts = Added.Count > 0 ? await TryAsync(project) : null;
            if (facts is null && Added.Count > 0)
            {
                // Each derives alone but not together: reject them all rather than guess.
                Forget();
                Failed.AddRange(Added.Select(a => (a.Event, ex)));
                Added.Clear();
            }

            return facts;
        }
    }

    private static async Task<ConversationFacts?> TryAsync(Func<Task<ConversationFacts>> project)
    {
        try
        {
            return await project();
        }
        catch (Exception)
        {
            return null;
        }
    }
}
