using Orleans.TestingHost;
using Realtime.Storage.AzureTable.Hosting;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

/// <summary>A one-silo Orleans test cluster whose grain storage "azure" is our provider on Azurite.</summary>
public sealed class AzureTableClusterFixture : IAsyncLifetime
{
    public const string StorageName = "azure";
    private const string ConnectionStringKey = "AzureTable:ConnectionString";
    private const string TableNameKey = "AzureTable:TableName";

    private readonly AzuriteFixture _azurite = new();

    public TestCluster Cluster { get; private set; } = null!;

    public string ConnectionString => _azurite.ConnectionString;

    public string TableName { get; } = AzuriteFixture.UniqueTableName("cluster");

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var builder = new TestClusterBuilder(initialSilosCount: 1);
        builder.Properties[ConnectionStringKey] = _azurite.ConnectionString;
        builder.Properties[TableNameKey] = TableName;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
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
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddAzureTableGrainStorage(StorageName, options =>
            {
                options.ConnectionString = siloBuilder.Configuration[ConnectionStringKey]!;
                options.TableName = siloBuilder.Configuration[TableNameKey]!;
            });
    }
}
