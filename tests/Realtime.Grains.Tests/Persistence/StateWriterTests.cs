using Realtime.Grains.Persistence;

namespace Realtime.Grains.Tests.Persistence;

/// <summary>When a grain's state is written, by the write policy of its storage.</summary>
public sealed class StateWriterTests
{
    private static readonly DeactivationReason Idle = new(DeactivationReasonCode.ActivationIdle, "idle");
    private static readonly DeactivationReason ShuttingDown = new(DeactivationReasonCode.ShuttingDown, "stop");

    [Fact]
    public async Task Durable_storage_is_written_at_every_change_and_never_again_at_deactivation()
    {
        var state = new CountingState();
        var writer = new StateWriter<int>(state, StateWritePolicy.Durable);

        await writer.ChangedAsync();
        await writer.ChangedAsync();
        await writer.FlushAsync(Idle);

        Assert.Equal(2, state.Writes);
    }

    [Fact]
    public async Task The_embedded_store_is_written_once_when_the_grain_deactivates()
    {
        var state = new CountingState();
        var writer = new StateWriter<int>(state, StateWritePolicy.ProcessLifetime);

        await writer.ChangedAsync();
        await writer.ChangedAsync();
        Assert.Equal(0, state.Writes);

        await writer.FlushAsync(Idle);
        await writer.FlushAsync(Idle);
        Assert.Equal(1, state.Writes);
    }

    [Fact]
    public async Task The_embedded_store_is_not_written_when_the_silo_shuts_down_or_nothing_changed()
    {
        var unchanged = new CountingState();
        await new StateWriter<int>(unchanged, StateWritePolicy.ProcessLifetime).FlushAsync(Idle);

        var stopping = new CountingState();
        var writer = new StateWriter<int>(stopping, StateWritePolicy.ProcessLifetime);
        await writer.ChangedAsync();
        await writer.FlushAsync(ShuttingDown);

        Assert.Equal((0, 0), (unchanged.Writes, stopping.Writes));
    }

    [Fact]
    public async Task A_cleared_record_leaves_nothing_to_write()
    {
        var state = new CountingState();
        var writer = new StateWriter<int>(state, StateWritePolicy.ProcessLifetime);

        await writer.ChangedAsync();
        writer.Cleared();
        await writer.FlushAsync(Idle);

        Assert.Equal(0, state.Writes);
    }

    [Fact]
    public async Task A_failed_write_stays_unsaved_for_the_deactivation()
    {
        var state = new CountingState { FailNext = true };
        var writer = new StateWriter<int>(state, StateWritePolicy.ProcessLifetime);
        await writer.ChangedAsync();

        await Assert.ThrowsAsync<IOException>(() => writer.FlushAsync(Idle));
        await writer.FlushAsync(Idle);

        Assert.Equal(1, state.Writes);
    }

    private sealed class CountingState : IPersistentState<int>
    {
        public int Writes { get; private set; }

        public bool FailNext { get; set; }

        public int State { get; set; }

        public string? Etag => null;

        public bool RecordExists => Writes > 0;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync()
        {
            if (FailNext)
            {
                FailNext = false;
                throw new IOException("storage down");
            }

            Writes++;
            return Task.CompletedTask;
        }
    }
}
