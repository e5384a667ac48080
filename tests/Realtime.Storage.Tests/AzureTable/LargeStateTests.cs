namespace Realtime.Storage.Tests.AzureTable;

/// <summary>Orleans' provider splits a state over 15 binary properties of 64 KiB: 983,040 bytes per grain state at most.</summary>
public sealed class LargeStateTests(AzureTableClusterFixture fixture) : IClassFixture<AzureTableClusterFixture>
{
    public const int MaxStateBytes = 15 * 64 * 1024;

    [Fact]
    public async Task State_of_900_KB_round_trips_across_several_properties()
    {
        var grain = AzureTableGrainStorageTests.NewGrain();
        var blob = new byte[900 * 1024];
        new Random(42).NextBytes(blob);
        var state = new GrainState<ProfileState>(new ProfileState { Name = "big", Blob = blob });

        await fixture.Storage.WriteStateAsync("transcript", grain, state);
        var read = await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, grain, "transcript");

        Assert.Equal(blob, read.Blob);
    }

    [Fact]
    public async Task State_beyond_one_entity_fails_and_keeps_the_previous_state()
    {
        var grain = AzureTableGrainStorageTests.NewGrain();
        var state = new GrainState<ProfileState>(new ProfileState { Name = "small" });
        await fixture.Storage.WriteStateAsync("transcript", grain, state);

        state.State = new ProfileState { Name = "huge", Blob = new byte[MaxStateBytes] };
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.Storage.WriteStateAsync("transcript", grain, state));

        Assert.Contains($"MaxSize={MaxStateBytes}", error.Message, StringComparison.Ordinal);
        Assert.Equal("small", (await AzureTableGrainStorageTests.ReadAsync(fixture.Storage, grain, "transcript")).Name);
    }
}
