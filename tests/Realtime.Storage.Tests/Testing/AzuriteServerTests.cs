using Azure.Data.Tables;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.Testing;

public sealed class AzuriteServerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Fixture_service_creates_a_table_and_returns_an_entity()
    {
        var table = new TableClient(azurite.ConnectionString, AzuriteFixture.UniqueTableName());
        await table.CreateIfNotExistsAsync();

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = 7 });

        TableEntity stored = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        Assert.Equal(7, stored.GetInt32("Value"));
    }

    [Fact]
    public async Task Own_service_starts_on_a_free_port_and_stops_on_dispose()
    {
        AzuriteServer server = await AzuriteServer.StartAsync();
        int port = server.Port;
        Assert.True(await Realtime.Testing.Ports.FreePort.IsListeningAsync(port));

        await server.DisposeAsync();

        Assert.False(await Realtime.Testing.Ports.FreePort.IsListeningAsync(port));
    }
}
