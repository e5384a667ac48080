using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Grain state in Azure Table Storage through Orleans' provider (<c>Microsoft.Orleans.Persistence.AzureStorage</c>):
/// reached by <c>AzureTable:ConnectionString</c>, or by <c>AzureTable:ServiceUri</c> with <see cref="DefaultAzureCredential"/>
/// (managed identity, workload identity, environment, Azure CLI); states in Orleans' binary format; keys escaped by
/// <see cref="TableKeys"/>.
/// </summary>
public static class AzureTableStorageHosting
{
    public const string ConnectionStringKey = "AzureTable:ConnectionString";
    public const string ServiceUriKey = "AzureTable:ServiceUri";
    public const string TableNameKey = "AzureTable:TableName";

    public static ISiloBuilder AddRealtimeAzureTableStorage(this ISiloBuilder silo, string name, IConfiguration config)
    {
        var client = CreateClient(config);
        var tableName = config[TableNameKey] is { Length: > 0 } table ? table : AzureTableStorageOptions.DEFAULT_TABLE_NAME;
        silo.AddAzureTableGrainStorage(name, options => options.Configure<Orleans.Serialization.Serializer>((o, serializer) =>
        {
            o.TableServiceClient = client;
            o.TableName = tableName;
            // A cleared state leaves no row behind (Orleans' default keeps an empty one per grain forever).
            o.DeleteStateOnClear = true;
            // Orleans' binary format: compact, and reads back the compiler-made collection types Newtonsoft cannot.
            o.GrainStorageSerializer = new PooledGrainStorageSerializer(serializer);
        }));

        // The provider's own registration stays (options, validator, lifecycle); its instance is wrapped.
        silo.Services.RemoveAllKeyed<IGrainStorage>(name);
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, static (services, key) =>
            new TableKeyEscapingGrainStorage(AzureTableGrainStorageFactory.Create(services, (string)key!)));
        return silo;
    }

    /// <summary>The table service client named by configuration: a connection string, or a service URI with Entra ID.</summary>
    public static TableServiceClient CreateClient(IConfiguration config)
    {
        var connection = config[ConnectionStringKey];
        var serviceUri = config[ServiceUriKey];
        return (string.IsNullOrWhiteSpace(connection), string.IsNullOrWhiteSpace(serviceUri)) switch
        {
            (false, true) => new TableServiceClient(connection),
            (true, false) when Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                => new TableServiceClient(uri, new DefaultAzureCredential()),
            (true, false) => throw new InvalidOperationException(
                $"{ServiceUriKey} '{serviceUri}' is not an absolute URI such as https://<account>.table.core.windows.net."),
            (false, false) => throw new InvalidOperationException(
                $"Set either {ConnectionStringKey} or {ServiceUriKey} for Storage:Provider=AzureTable, not both."),
            _ => throw new InvalidOperationException(
                $"{ConnectionStringKey} or {ServiceUriKey} is required when Storage:Provider=AzureTable."),
        };
    }
}
