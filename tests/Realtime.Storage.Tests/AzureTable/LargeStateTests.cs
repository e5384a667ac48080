using Realtime.Storage.AzureTable.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class LargeStateTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly GrainId s_grain = GrainId.Create("conversation", "c-large");

    [Fact]
    public async Task State_of_500_KB_round_trips_across_several_properties()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        byte[] blob = new byte[500 * 1024];
        new Random(42).NextBytes(blob);
        var state = new GrainState<ProfileState>(new ProfileState { Name = "big", Blob = blob });

        await storage.WriteStateAsync("transcript", s_grain, state);
        ProfileState read = await AzureTableGrainStorageTests.ReadAsync(storage, "transcript", s_grain);

        Assert.Equal(blob, read.Blob);
    }

    [Fact]
    public async Task State_beyond_one_entity_fails_clearly_and_keeps_the_previous_state()
    {
        AzureTableGrainStorage storage = await AzureTableStorageFactory.CreateAsync(azurite);
        var state = new GrainState<ProfileState>(new ProfileState { Name = "small" });
        await storage.WriteStateAsync("transcript", s_grain, state);

        state.State = new ProfileState { Name = "huge", Blob = new byte[StateChunks.MaxStateBytes] };
        StateTooLargeException error = await Assert.ThrowsAsync<StateTooLargeException>(
            () => storage.WriteStateAsync("transcript", s_grain, state));

        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
        Assert.Equal("small", (await AzureTableGrainStorageTests.ReadAsync(storage, "transcript", s_grain)).Name);
    }
}
