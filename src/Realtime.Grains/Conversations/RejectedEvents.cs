using Microsoft.Extensions.Logging;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Events a conversation could not take: counted (<see cref="DerivationFailures"/>), logged and parked in the
/// dead-letter store where an admin can read them.
/// </summary>
public sealed partial class RejectedEvents(DerivationFailures failures, IGrainFactory grains, TimeProvider time, ILogger<ConversationGrain> logger)
{
    /// <summary>The reason an ingest answer gives for a rejected event.</summary>
    public static string Reason(Exception error) =>
        $"could not be applied ({error.GetType().Name}); the event is parked in the dead-letter store for an admin";

    /// <summary>The stored events of a conversation could not be derived (no event of a batch to blame).</summary>
    public void ReportUnderivable(string conversationId, Exception error)
    {
        failures.Report(conversationId, 0, error);
        LogDerivationFailed(logger, error, conversationId, 0);
    }

    /// <summary>Reports and parks the rejected events; a store that cannot take them is only logged.</summary>
    public async Task RejectAsync(string conversationId, List<(IncomingEvent Event, Exception Error)> failed)
    {
        failures.Report(conversationId, failed.Count, failed[0].Error);
        LogDerivationFailed(logger, failed[0].Error, conversationId, failed.Count);
        var at = time.GetUtcNow();
        try
        {
            await grains.Reference<IDeadLetterGrain>(IDeadLetterGrain.Key).ParkAsync([.. failed.Select(f => new DeadLetter
            {
                EventId = f.Event.EventId,
                ConversationId = conversationId,
                StoreId = f.Event.StoreId,
                Error = Reason(f.Error),
                Failure = f.Error.GetType().Name,
                At = at,
                Event = f.Event,
            })]);
        }
        catch (Exception ex)
        {
            LogParkFailed(logger, ex, conversationId, failed.Count);
        }
    }

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Conversation {ConversationId} could not be derived; {Count} events rejected and parked")]
    private static partial void LogDerivationFailed(ILogger logger, Exception ex, string conversationId, int count);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Conversation {ConversationId}: {Count} rejected events could not be parked")]
    private static partial void LogParkFailed(ILogger logger, Exception ex, string conversationId, int count);
}
