using System.ComponentModel.DataAnnotations;
using Orleans;
using Orleans.Storage;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>Options of <see cref="AzureTableGrainStorage"/>; the same shape as Orleans' own Azure Table provider.</summary>
public sealed class AzureTableGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The default table name, as in Orleans' Azure Table provider.</summary>
    public const string DefaultTableName = "OrleansGrainState";

    /// <summary>Azure Storage connection string (Azurite's development connection string works).</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Table holding the grain states; created at silo start when missing. 3–63 letters and digits, starting with a letter.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TableName { get; set; } = DefaultTableName;

    /// <summary>Delete the row on <c>ClearStateAsync</c> (default); when false the row is kept with its data removed and a new ETag.</summary>
    public bool DeleteStateOnClear { get; set; } = true;

    /// <summary>Silo lifecycle stage at which the table is created.</summary>
    public int InitStage { get; set; } = ServiceLifecycleStage.ApplicationServices;

    /// <inheritdoc />
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
