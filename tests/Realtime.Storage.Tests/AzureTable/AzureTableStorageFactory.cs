using Microsoft.Extensions.Logging.Abstractions;
using Realtime.Storage.AzureTable.Storage;
using Realtime.Testing.Azurite;

namespace Realtime.Storage.Tests.AzureTable;

/// <summary>Builds initialised providers on a fresh table of the Azurite fixture.</summary>
public static class AzureTableStorageFactory
{
    public static async Task<AzureTableGrainStorage> CreateAsync(
        AzuriteFixture azurite, string? tableName = null, bool deleteStateOnClear = true, string serviceId = "realtime-tests")
    {
        var options = new AzureTableGrainStorageOptions
        {
            ConnectionString = azurite.ConnectionString,
            TableName = tableName ?? AzuriteFixture.UniqueTableName(),
            DeleteStateOnClear = deleteStateOnClear,
            GrainStorageSerializer = new JsonStateSerializer(),
        };
        var storage = new AzureTableGrainStorage("azure", serviceId, options, NullLogger<AzureTableGrainStorage>.Instance);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }
}
