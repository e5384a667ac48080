using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Realtime.Storage.AzureTable.Storage;

public sealed partial class AzureTableGrainStorage
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Azure Table grain storage {ProviderName} ready on table {TableName} in {ElapsedMilliseconds} ms")]
        public static partial void Initialized(ILogger logger, string providerName, string tableName, long elapsedMilliseconds);

        [LoggerMessage(2, LogLevel.Warning, "Azure Table grain storage {ProviderName}: version conflict on {Operation} for grain {GrainId}, state {StateName}")]
        public static partial void Conflict(ILogger logger, string operation, string providerName, GrainId grainId, string stateName);
    }
}
