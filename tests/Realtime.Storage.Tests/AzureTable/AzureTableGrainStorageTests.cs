using Orleans.Storage;
using Realtime.Storage.AzureTable.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class AzureTableGrainStorageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string StateName = "profile";
    private static readonly GrainId s_grain = GrainId.Create("customer", "u-77");

    [Fact]
    public async Task Written_state_reads_back_with_its_etag()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var written = new GrainState<ProfileState>(new ProfileState { Name = "Lin", Visits = 3 });

        await storage.WriteStateAsync(StateName, s_grain, written);
        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);

        Assert.Equal("Lin", read.State!.Name);
        Assert.Equal(3, read.State!.Visits);
        Assert.True(read.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Missing_state_reads_as_no_record()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var read = new GrainState<ProfileState>(new ProfileState { Name = "untouched" });

        await storage.ReadStateAsync(StateName, s_grain, read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal("untouched", read.State!.Name);
    }

    [Fact]
    public async Task Each_write_changes_the_etag_and_the_latest_state_wins()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var state = new GrainState<ProfileState>(new ProfileState { Visits = 1 });
        await storage.WriteStateAsync(StateName, s_grain, state);
        string? firstETag = state.ETag;

        state.State = state.State! with { Visits = 2 };
        await storage.WriteStateAsync(StateName, s_grain, state);

        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);
        Assert.NotEqual(firstETag, state.ETag);
        Assert.Equal(2, read.State!.Visits);
    }

    [Fact]
    public async Task Clear_deletes_the_row_so_the_state_reads_as_no_record()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var state = new GrainState<ProfileState>(new ProfileState { Name = "gone" });
        await storage.WriteStateAsync(StateName, s_grain, state);

        await storage.ClearStateAsync(StateName, s_grain, state);

        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        state.State = new ProfileState { Name = "again" };
        await storage.WriteStateAsync(StateName, s_grain, state);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task Clear_that_keeps_the_row_guards_the_next_write_with_a_new_etag()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite, deleteStateOnClear: false);
        var state = new GrainState<ProfileState>(new ProfileState { Name = "kept" });
        await storage.WriteStateAsync(StateName, s_grain, state);
        string? writtenETag = state.ETag;

        await storage.ClearStateAsync(StateName, s_grain, state);
        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);

        Assert.False(read.RecordExists);
        Assert.NotNull(state.ETag);
        Assert.NotEqual(writtenETag, state.ETag);
        Assert.Equal(state.ETag, read.ETag);
        var stale = new GrainState<ProfileState>(new ProfileState()) { ETag = writtenETag };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, s_grain, stale));
        await storage.WriteStateAsync(StateName, s_grain, state);
    }

    [Fact]
    public async Task Second_writer_with_a_stale_etag_gets_an_inconsistent_state_error_and_changes_nothing()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var first = new GrainState<ProfileState>(new ProfileState { Visits = 1 });
        await storage.WriteStateAsync(StateName, s_grain, first);
        var second = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, second);

        first.State = first.State! with { Visits = 10 };
        await storage.WriteStateAsync(StateName, s_grain, first);
        second.State = second.State! with { Visits = 20 };

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, s_grain, second));
        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);
        Assert.Equal(10, read.State!.Visits);
    }

    [Fact]
    public async Task Two_first_writes_of_the_same_grain_conflict()
    {
        string table = AzuriteFixture.UniqueTableName();
        AzureTableGrainStorage silo1 = await AzureTableStorageFactory.CreateAsync(azurite, table);
        AzureTableGrainStorage silo2 = await AzureTableStorageFactory.CreateAsync(azurite, table);

        await silo1.WriteStateAsync(StateName, s_grain, new GrainState<ProfileState>(new ProfileState { Name = "one" }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => silo2.WriteStateAsync(StateName, s_grain, new GrainState<ProfileState>(new ProfileState { Name = "two" })));
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_conflicts_and_keeps_the_newer_state()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var stale = new GrainState<ProfileState>(new ProfileState { Name = "old" });
        await storage.WriteStateAsync(StateName, s_grain, stale);
        var fresh = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, fresh);
        fresh.State = new ProfileState { Name = "new" };
        await storage.WriteStateAsync(StateName, s_grain, fresh);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, s_grain, stale));

        var read = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, read);
        Assert.Equal("new", read.State!.Name);
    }

    [Fact]
    public async Task Write_after_another_writer_deleted_the_row_conflicts()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var mine = new GrainState<ProfileState>(new ProfileState { Name = "mine" });
        await storage.WriteStateAsync(StateName, s_grain, mine);
        var theirs = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(StateName, s_grain, theirs);
        await storage.ClearStateAsync(StateName, s_grain, theirs);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, s_grain, mine));
    }

    [Fact]
    public async Task Clear_without_an_etag_conflicts_when_someone_else_wrote_the_state()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        await storage.WriteStateAsync(StateName, s_grain, new GrainState<ProfileState>(new ProfileState { Name = "x" }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(StateName, s_grain, new GrainState<ProfileState>(new ProfileState())));
    }

    [Fact]
    public async Task States_of_different_names_and_services_are_kept_apart()
    {
        string table = AzuriteFixture.UniqueTableName();
        AzureTableGrainStorage serviceA = await AzureTableStorageFactory.CreateAsync(azurite, table, serviceId: "a");
        AzureTableGrainStorage serviceB = await AzureTableStorageFactory.CreateAsync(azurite, table, serviceId: "b");

        await serviceA.WriteStateAsync("profile", s_grain, new GrainState<ProfileState>(new ProfileState { Name = "a-profile" }));
        await serviceA.WriteStateAsync("history", s_grain, new GrainState<ProfileState>(new ProfileState { Name = "a-history" }));
        await serviceB.WriteStateAsync("profile", s_grain, new GrainState<ProfileState>(new ProfileState { Name = "b-profile" }));

        Assert.Equal("a-profile", (await ReadAsync(serviceA, "profile", s_grain)).Name);
        Assert.Equal("a-history", (await ReadAsync(serviceA, "history", s_grain)).Name);
        Assert.Equal("b-profile", (await ReadAsync(serviceB, "profile", s_grain)).Name);
    }

    internal static async Task<ProfileState> ReadAsync(AzureTableGrainStorage storage, string stateName, GrainId grainId)
    {
        var state = new GrainState<ProfileState>(new ProfileState());
        await storage.ReadStateAsync(stateName, grainId, state);
        Assert.True(state.RecordExists, $"no state '{stateName}' for {grainId}");
        return state.State!;
    }
}
