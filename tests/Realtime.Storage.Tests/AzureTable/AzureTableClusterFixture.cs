using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Realtime.Grains.Serialization;
using Realtime.Server.Hosting.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

/// <summary>
/// A one-silo Orleans test cluster whose grain storage "azure" is registered as the server registers it
/// (<see cref="AzureTableStorageHosting"/>: Orleans' Azure Table provider behind key escaping) on Azurite.
/// </summary>
public sealed class AzureTableClusterFixture : IAsyncLifetime
{
    public const string StorageName = "azure";

    private readonly AzuriteFixture _azurite = new();

    public TestCluster Cluster { get; private set; } = null!;

    public string ConnectionString => _azurite.ConnectionString;

    public string TableName { get; } = AzuriteFixture.UniqueTableName("cluster");

    /// <summary>The silo's grain storage, for tests that drive it as a grain's state would.</summary>
    public IGrainStorage Storage =>
        ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties[AzureTableStorageHosting.ConnectionStringKey] = _azurite.ConnectionString;
        builder.Properties[AzureTableStorageHosting.TableNameKey] = TableName;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddRealtimeAzureTableStorage(StorageName, siloBuilder.Configuration);
            // The silo finds the server's grains too; their contract types need the server's serialization.
            siloBuilder.Services.AddSerializer(s => s.AddRealtimeSerialization());
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Services.AddSerializer(s => s.AddRealtimeSerialization());
    }
}
