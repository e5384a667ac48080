using System.Diagnostics;
using System.Net;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>
/// Orleans grain storage on Azure Table Storage (<c>Azure.Data.Tables</c>): one row per grain and state name,
/// the state serialised with the configured <see cref="IGrainStorageSerializer"/> and split over binary properties,
/// optimistic concurrency by the row's ETag (<see cref="InconsistentStateException"/> on conflict).
/// </summary>
public sealed partial class AzureTableGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly string _serviceId;
    private readonly AzureTableGrainStorageOptions _options;
    private readonly ILogger<AzureTableGrainStorage> _logger;
    private TableClient? _table;

    /// <summary>Creates the provider; the table is created when the silo starts (<see cref="Participate"/>).</summary>
    public AzureTableGrainStorage(string name, string serviceId, AzureTableGrainStorageOptions options, ILogger<AzureTableGrainStorage> logger)
    {
        _name = name;
        _serviceId = serviceId;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<AzureTableGrainStorage>(_name), _options.InitStage, InitializeAsync);

    /// <summary>Connects and creates the table when missing. Called by the silo lifecycle; tests may call it directly.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var table = new TableClient(_options.ConnectionString, _options.TableName);
        await table.CreateIfNotExistsAsync(cancellationToken);
        _table = table;
        Log.Initialized(_logger, _name, _options.TableName, stopwatch.ElapsedMilliseconds);
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        (string partitionKey, string rowKey) = Keys(stateName, grainId);
        NullableResponse<TableEntity> response = await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey);
        if (!response.HasValue || response.Value is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        TableEntity entity = response.Value;
        grainState.ETag = entity.ETag.ToString();
        if (!StateChunks.HasData(entity))
        {
            // A row kept by a clear (DeleteStateOnClear = false): no state, but its ETag guards the next write.
            grainState.RecordExists = false;
            return;
        }

        grainState.State = _options.GrainStorageSerializer.Deserialize<T>(new BinaryData(StateChunks.Read(entity)));
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        (string partitionKey, string rowKey) = Keys(stateName, grainId);
        BinaryData data = _options.GrainStorageSerializer.Serialize(grainState.State);
        var entity = new TableEntity(partitionKey, rowKey);
        StateChunks.Write(entity, data.ToMemory(), $"grain {grainId} (state '{stateName}')");
        try
        {
            Response response = grainState.ETag is null
                ? await Table.AddEntityAsync(entity)
                : await Table.UpdateEntityAsync(entity, new ETag(grainState.ETag), TableUpdateMode.Replace);
            grainState.ETag = response.Headers.ETag?.ToString();
            grainState.RecordExists = true;
        }
        catch (RequestFailedException exception) when (IsConcurrencyConflict(exception))
        {
            throw Conflict(nameof(WriteStateAsync), stateName, grainId, grainState.ETag, exception);
        }
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        (string partitionKey, string rowKey) = Keys(stateName, grainId);
        try
        {
            if (grainState.ETag is null)
            {
                // Never read or written by this activation: clearing is only safe when there is nothing to clear.
                NullableResponse<TableEntity> existing =
                    await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select: ["PartitionKey"]);
                if (existing.HasValue)
                {
                    throw Conflict(nameof(ClearStateAsync), stateName, grainId, null, null);
                }
            }
            else if (_options.DeleteStateOnClear)
            {
                await Table.DeleteEntityAsync(partitionKey, rowKey, new ETag(grainState.ETag));
                grainState.ETag = null;
            }
            else
            {
                Response response = await Table.UpdateEntityAsync(
                    new TableEntity(partitionKey, rowKey), new ETag(grainState.ETag), TableUpdateMode.Replace);
                grainState.ETag = response.Headers.ETag?.ToString();
            }

            grainState.RecordExists = false;
        }
        catch (RequestFailedException exception) when (IsConcurrencyConflict(exception))
        {
            throw Conflict(nameof(ClearStateAsync), stateName, grainId, grainState.ETag, exception);
        }
    }

    private TableClient Table => _table
        ?? throw new InvalidOperationException($"Azure Table grain storage '{_name}' is used before the silo initialised it.");

    private (string PartitionKey, string RowKey) Keys(string stateName, GrainId grainId) =>
        (TableKeys.Escape($"{_serviceId}_{grainId}"), TableKeys.Escape(stateName));

    // 412: the ETag no longer matches; 409: a row was created by someone else; 404: the row was deleted meanwhile.
    private static bool IsConcurrencyConflict(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.NotFound;

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? etag, Exception? cause)
    {
        Log.Conflict(_logger, operation, _name, grainId, stateName);
        string message = $"Version conflict ({operation}): ServiceId={_serviceId} ProviderName={_name} GrainId={grainId} " +
            $"StateName={stateName} ETag={etag ?? "(none)"}; another activation or writer changed this state.";
        return cause is null
            ? new InconsistentStateException(message, "Unknown", etag ?? string.Empty)
            : new InconsistentStateException(message, "Unknown", etag ?? string.Empty, cause);
    }
}
