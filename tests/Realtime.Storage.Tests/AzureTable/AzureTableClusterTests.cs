using Azure.Data.Tables;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class AzureTableClusterTests(AzureTableClusterFixture fixture) : IClassFixture<AzureTableClusterFixture>
{
    [Fact]
    public async Task Grain_state_survives_deactivation_through_the_provider()
    {
        IProfileGrain grain = fixture.Cluster.GrainFactory.GetGrain<IProfileGrain>("客服/a-7#1");
        await grain.RenameAsync("Lin");
        await grain.RenameAsync("Lin Mei");
        Guid firstActivation = await grain.GetActivationIdAsync();

        await grain.DeactivateAsync();
        Guid secondActivation = await WaitForNewActivationAsync(grain, firstActivation);
        ProfileState state = await grain.GetAsync();

        Assert.NotEqual(firstActivation, secondActivation);
        Assert.Equal("Lin Mei", state.Name);
        Assert.Equal(2, state.Visits);
        Assert.True(await CountRowsAsync() >= 1);
    }

    [Fact]
    public async Task Cleared_grain_state_is_empty_after_deactivation()
    {
        IProfileGrain grain = fixture.Cluster.GrainFactory.GetGrain<IProfileGrain>("to-clear");
        await grain.RenameAsync("temporary");
        await grain.ClearAsync();
        Guid firstActivation = await grain.GetActivationIdAsync();

        await grain.DeactivateAsync();
        await WaitForNewActivationAsync(grain, firstActivation);
        ProfileState state = await grain.GetAsync();

        Assert.Equal(string.Empty, state.Name);
        Assert.Equal(0, state.Visits);
    }

    private static async Task<Guid> WaitForNewActivationAsync(IProfileGrain grain, Guid previous)
    {
        // DeactivateOnIdle takes effect after the call returns; the next call may still reach the old activation.
        for (int attempt = 0; attempt < 100; attempt++)
        {
            Guid current = await grain.GetActivationIdAsync();
            if (current != previous)
            {
                return current;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The grain was not deactivated within 5 s.");
    }

    private async Task<int> CountRowsAsync()
    {
        var table = new TableClient(fixture.ConnectionString, fixture.TableName);
        int rows = 0;
        await foreach (TableEntity _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            rows++;
        }

        return rows;
    }
}
