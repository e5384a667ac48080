using Orleans.Storage;

namespace Realtime.Storage.Tests.AzureTable;

/// <summary>The server's Azure Table grain storage (Orleans' provider on Azurite) driven as a grain's state drives it.</summary>
public sealed class AzureTableGrainStorageTests(AzureTableClusterFixture fixture) : IClassFixture<AzureTableClusterFixture>
{
    private const string StateName = "profile";

    private IGrainStorage Storage => fixture.Storage;

    [Fact]
    public async Task Written_state_reads_back_with_its_etag()
    {
        var grain = NewGrain();
        var written = new GrainState<ProfileState>(new ProfileState { Name = "Lin", Visits = 3 });

        await Storage.WriteStateAsync(StateName, grain, written);
        var read = new GrainState<ProfileState>(new ProfileState());
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal("Lin", read.State!.Name);
        Assert.Equal(3, read.State!.Visits);
        Assert.True(read.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Missing_state_reads_as_no_record()
    {
        var read = new GrainState<ProfileState>(new ProfileState { Name = "untouched" });

        await Storage.ReadStateAsync(StateName, NewGrain(), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    [Fact]
    public async Task Each_write_changes_the_etag_and_the_latest_state_wins()
    {
        var grain = NewGrain();
        var state = new GrainState<ProfileState>(new ProfileState { Visits = 1 });
        await Storage.WriteStateAsync(StateName, grain, state);
        var firstETag = state.ETag;

        state.State = state.State! with { Visits = 2 };
        await Storage.WriteStateAsync(StateName, grain, state);

        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(2, (await ReadAsync(grain)).Visits);
    }

    [Fact]
    public async Task Clear_deletes_the_row_so_the_state_reads_as_no_record()
    {
        var grain = NewGrain();
        var state = new GrainState<ProfileState>(new ProfileState { Name = "gone" });
        await Storage.WriteStateAsync(StateName, grain, state);

        await Storage.ClearStateAsync(StateName, grain, state);

        var read = new GrainState<ProfileState>(new ProfileState());
        await Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        state.State = new ProfileState { Name = "again" };
        await Storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("again", (await ReadAsync(grain)).Name);
    }

    [Fact]
    public async Task Second_writer_with_a_stale_etag_gets_an_inconsistent_state_error_and_changes_nothing()
    {
        var grain = NewGrain();
        var first = new GrainState<ProfileState>(new ProfileState { Visits = 1 });
        await Storage.WriteStateAsync(StateName, grain, first);
        var second = new GrainState<ProfileState>(new ProfileState());
        await Storage.ReadStateAsync(StateName, grain, second);

        first.State = first.State! with { Visits = 10 };
        await Storage.WriteStateAsync(StateName, grain, first);
        second.State = second.State! with { Visits = 20 };

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, second));
        Assert.Equal(10, (await ReadAsync(grain)).Visits);
    }

    [Fact]
    public async Task Two_first_writes_of_the_same_grain_conflict()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, new GrainState<ProfileState>(new ProfileState { Name = "one" }));

        await Assert.ThrowsAnyAsync<InconsistentStateException>(
            () => Storage.WriteStateAsync(StateName, grain, new GrainState<ProfileState>(new ProfileState { Name = "two" })));
        Assert.Equal("one", (await ReadAsync(grain)).Name);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_conflicts_and_keeps_the_newer_state()
    {
        var grain = NewGrain();
        var stale = new GrainState<ProfileState>(new ProfileState { Name = "old" });
        await Storage.WriteStateAsync(StateName, grain, stale);
        var fresh = new GrainState<ProfileState>(new ProfileState());
        await Storage.ReadStateAsync(StateName, grain, fresh);
        fresh.State = new ProfileState { Name = "new" };
        await Storage.WriteStateAsync(StateName, grain, fresh);

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal("new", (await ReadAsync(grain)).Name);
    }

    [Fact]
    public async Task Write_after_another_writer_deleted_the_row_conflicts()
    {
        var grain = NewGrain();
        var mine = new GrainState<ProfileState>(new ProfileState { Name = "mine" });
        await Storage.WriteStateAsync(StateName, grain, mine);
        var theirs = new GrainState<ProfileState>(new ProfileState());
        await Storage.ReadStateAsync(StateName, grain, theirs);
        await Storage.ClearStateAsync(StateName, grain, theirs);

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, mine));
    }

    [Fact]
    public async Task States_of_different_names_are_kept_apart()
    {
        var grain = NewGrain();

        await Storage.WriteStateAsync("profile", grain, new GrainState<ProfileState>(new ProfileState { Name = "a-profile" }));
        await Storage.WriteStateAsync("history", grain, new GrainState<ProfileState>(new ProfileState { Name = "a-history" }));

        Assert.Equal("a-profile", (await ReadAsync(grain, "profile")).Name);
        Assert.Equal("a-history", (await ReadAsync(grain, "history")).Name);
    }

    internal static GrainId NewGrain() => GrainId.Create("customer", $"u-{Guid.NewGuid():N}");

    internal Task<ProfileState> ReadAsync(GrainId grainId, string stateName = StateName) => ReadAsync(Storage, grainId, stateName);

    internal static async Task<ProfileState> ReadAsync(IGrainStorage storage, GrainId grainId, string stateName = StateName)
    {
        var state = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(stateName, grainId, state);
        Assert.True(state.RecordExists, $"no state '{stateName}' for {grainId}");
        return state.State!;
    }
}
