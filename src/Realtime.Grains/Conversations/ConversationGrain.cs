using Realtime.Contracts.Conversations;
using Realtime.Contracts.Events;
using Realtime.Contracts.Alerts;
using Realtime.Grains.Alerts;
using Realtime.Grains.Ingest;
using Realtime.Grains.Persistence;

namespace Realtime.Grains.Conversations;

/// <summary>
/// One conversation. Non-reentrant: batches apply one at a time, in arrival order. Events are kept in event-time
/// order (<see cref="EventLog"/>) and all findings are re-derived from them (<see cref="ConversationDerivation"/>), so
/// late events give the in-order outcome; what changed goes out through the <see cref="ConversationOutbox"/>. The
/// silo's <see cref="SlaAlarms"/> wake the grain when an open wait passes its next SLA threshold, so "nobody
/// answered" alerts need no event. Review, backtest and raw text are roles of the same activation (partial files).
/// </summary>
public sealed partial class ConversationGrain(
    [PersistentState("conversation", GrainStorage.Name)] IPersistentState<ConversationState> state,
    StateWritePolicy writePolicy,
    ConversationDerivation derivation,
    ConversationOutbox outbox,
    ConversationTimers timers,
    RejectedEvents rejected) : Grain, IConversationGrain
{
    private readonly StateWriter<ConversationState> _writer = new(state, writePolicy);
    private EventLog? _log;

    private string ConversationId => this.GetPrimaryKeyString();

    /// <summary>Made on first use: the state is read after the grain is constructed.</summary>
    private EventLog Log => _log ??= new EventLog(state.State);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Events.Count > 0 && !state.State.ClosedReported)
        {
            // After a restart or a move to another silo, resume the SLA clock; a state that cannot be derived is
            // reported, and must not make every call to the conversation fail.
            if (await TryProjectAsync() is { } facts)
            {
                await SettleAsync(live: true, facts);
            }
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _writer.FlushAsync(reason);

    /// <summary>
    /// Applies what it can: an event that cannot be scored or derived is rejected and parked in the dead-letter store
    /// while the others are applied; when telling the other grains or saving fails, nothing of this call is kept and
    /// the events come back to be sent again.
    /// </summary>
    async Task<ApplyResult> IConversationGrain.ApplyAsync(IReadOnlyList<IncomingEvent> events)
    {
        var s = state.State;
        var storeId = s.Events.Count > 0 ? s.Events[0].StoreId ?? Vocabulary.DefaultStoreId : events[0].StoreId;
        var compiled = await derivation.RulesetAsync(storeId);
        var log = Log;
        var batch = await EventBatch.ApplyAsync(log, events, e => derivation.Store(log, e, compiled), ProjectAsync);
        if (batch.Facts is { } facts)
        {
            try
            {
                await SettleAsync(batch.Added.Exists(a => !a.Event.Historical), facts);
            }
            catch (Exception)
            {
                batch.Forget();
                throw;
            }
        }

        if (batch.Failed.Count == 0)
        {
            return new ApplyResult(batch.Added.Count, batch.Duplicates);
        }

        await rejected.RejectAsync(ConversationId, batch.Failed);
        return new ApplyResult(batch.Added.Count, batch.Duplicates, [.. batch.Failed.Select(f => new EventFailure(f.Event.EventId, RejectedEvents.Reason(f.Error), Retry: false))]);
    }

    async Task IConversationGrain.WakeAsync()
    {
        timers.AlarmRang();
        if (state.State.Events.Count > 0 && !state.State.ClosedReported && await TryProjectAsync() is { } facts)
        {
            await SettleAsync(live: true, facts);
        }
    }

    async Task<ConversationView?> IConversationGrain.GetViewAsync()
    {
        if (state.State.Events.Count == 0)
        {
            return null;
        }

        var facts = await ProjectAsync();
        var alerts = await GrainFactory.GetGrain<IAlertBookGrain>(facts.StoreId)
            .QueryAsync(new AlertQuery { ConversationId = ConversationId, Limit = 500 });
        return ConversationViews.Create(facts, state.State.Events, alerts, state.State.Events[^1].RulesetVersion) with
        {
            Orders = await outbox.CreditsAsync(ConversationId, state.State, facts.CustomerId),
        };
    }

    private Task<ConversationFacts> ProjectAsync() => derivation.ProjectAsync(ConversationId, state.State);

    /// <summary>The facts, or null (reported) when the stored events cannot be derived.</summary>
    private async Task<ConversationFacts?> TryProjectAsync()
    {
        try
        {
            return await ProjectAsync();
        }
        catch (Exception ex)
        {
            rejected.ReportUnderivable(ConversationId, ex);
            return null;
        }
    }

    /// <summary>Tells the other grains what the facts changed, persists (as the write policy says) and sets the timers.</summary>
    private async Task SettleAsync(bool live, ConversationFacts facts)
    {
        var s = state.State;
        await outbox.SendAsync(ConversationId, s, facts, live);
        s.ClosedReported = facts.IsClosed;
        await _writer.ChangedAsync();
        outbox.ReportToFloor(facts, live);
        timers.ScheduleSla(ConversationId, facts);
        if (facts.IsClosed)
        {
            timers.ScheduleDeactivation(this, () =>
            {
                if (state.State.ClosedReported)
                {
                    DeactivateOnIdle();
                }
            });
        }
    }
}
