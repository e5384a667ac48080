using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>Checks one named provider's options when the silo starts, naming every bad field.</summary>
public sealed class AzureTableGrainStorageConfigurationValidator(AzureTableGrainStorageOptions options, string name) : IConfigurationValidator
{
    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var errors = new List<string>();
        ValidateOptionsResult result = new AzureTableGrainStorageOptionsValidator().Validate(name, options);
        if (result.Failed)
        {
            errors.AddRange(result.Failures);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && !IsParsable(options.ConnectionString))
        {
            errors.Add($"{nameof(AzureTableGrainStorageOptions.ConnectionString)} is not a valid Azure Storage connection string.");
        }

        if (options.GrainStorageSerializer is null)
        {
            errors.Add($"{nameof(AzureTableGrainStorageOptions.GrainStorageSerializer)} is not set and no IGrainStorageSerializer is registered.");
        }

        if (errors.Count > 0)
        {
            throw new OrleansConfigurationException(
                $"Azure Table grain storage '{name}' is misconfigured: {string.Join(" ", errors)}");
        }
    }

    private static bool IsParsable(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
