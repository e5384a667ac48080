using System.Text.Json;
using Orleans.Storage;
using Realtime.Server.Hosting.Storage;

namespace Realtime.Server.Tests.Hosting;

public sealed class InProcessGrainStorageTests
{
    private static readonly GrainId Grain = GrainId.Create("conversation", "c-1");

    [Fact]
    public async Task A_written_state_reads_back_as_a_copy_with_its_etag()
    {
        var storage = new InProcessGrainStorage(new JsonSerializer());
        var written = new GrainState<Counter>(new Counter { Value = 7 });
        await storage.WriteStateAsync("s", Grain, written);
        written.State!.Value = 8;

        var read = new GrainState<Counter>();
        await storage.ReadStateAsync("s", Grain, read);

        Assert.Equal(7, read.State!.Value);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var storage = new InProcessGrainStorage(new JsonSerializer());
        var first = new GrainState<Counter>(new Counter { Value = 1 });
        await storage.WriteStateAsync("s", Grain, first);
        var stale = new GrainState<Counter>(new Counter { Value = 2 }) { ETag = first.ETag };
        await storage.WriteStateAsync("s", Grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", Grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", Grain, new GrainState<Counter>(new Counter { Value = 3 })));
        var read = new GrainState<Counter>();
        await storage.ReadStateAsync("s", Grain, read);
        Assert.Equal(1, read.State!.Value);
    }

    [Fact]
    public async Task Cleared_state_is_gone_and_reads_as_new()
    {
        var storage = new InProcessGrainStorage(new JsonSerializer());
        var state = new GrainState<Counter>(new Counter { Value = 5 });
        await storage.WriteStateAsync("s", Grain, state);

        await storage.ClearStateAsync("s", Grain, state);

        var read = new GrainState<Counter>();
        await storage.ReadStateAsync("s", Grain, read);
        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State!.Value);
        Assert.Null(state.ETag);
        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task A_large_state_is_compressed_as_written_and_reads_back_the_same()
    {
        var storage = new InProcessGrainStorage(new JsonSerializer());
        var text = string.Concat(Enumerable.Repeat("亲,这款是全网最低价哦。客官帮您看了下哦,牛肉干属于打95折的商品。", 20));
        var large = new GrainState<Counter>(new Counter { Value = 1, Text = text });
        var plainBytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(large.State).Length;
        await storage.WriteStateAsync("s", Grain, large);
        await storage.WriteStateAsync("s", GrainId.Create("conversation", "c-2"), new GrainState<Counter>(new Counter { Value = 2 }));

        var (compressed, bytes) = storage.Footprint();
        Assert.Equal(1, compressed);
        Assert.True(bytes < plainBytes / 2, $"{bytes} bytes held, {plainBytes} plain");
        var read = new GrainState<Counter>();
        await storage.ReadStateAsync("s", Grain, read);
        Assert.Equal((1, text, large.ETag), (read.State!.Value, read.State.Text, read.ETag));

        // A write replaces the compressed state, with the ETag it read.
        read.State.Value = 3;
        await storage.WriteStateAsync("s", Grain, read);
        var again = new GrainState<Counter>();
        await storage.ReadStateAsync("s", Grain, again);
        Assert.Equal((3, text), (again.State!.Value, again.State.Text));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", Grain, large));
    }

    [Fact]
    public async Task States_of_the_same_grain_under_other_names_are_kept_apart()
    {
        var storage = new InProcessGrainStorage(new JsonSerializer());
        await storage.WriteStateAsync("a", Grain, new GrainState<Counter>(new Counter { Value = 1 }));
        await storage.WriteStateAsync("b", Grain, new GrainState<Counter>(new Counter { Value = 2 }));

        var (a, b) = (new GrainState<Counter>(), new GrainState<Counter>());
        await storage.ReadStateAsync("a", Grain, a);
        await storage.ReadStateAsync("b", Grain, b);

        Assert.Equal((1, 2), (a.State!.Value, b.State!.Value));
        Assert.NotEqual(a.ETag, b.ETag);
    }

    public sealed class Counter
    {
        public int Value { get; set; }

        public string? Text { get; set; }
    }

    private sealed class JsonSerializer : IBufferedGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) => new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(input));

        public TResult Serialize<T, TResult>(T? input, Func<ReadOnlySpan<byte>, TResult> take) =>
            take(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(input));

        public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(JsonSerializerOptions.Default)!;
    }
}
