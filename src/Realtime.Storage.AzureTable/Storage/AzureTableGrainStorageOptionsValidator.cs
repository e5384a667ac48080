using Microsoft.Extensions.Options;

namespace Realtime.Storage.AzureTable.Storage;

/// <summary>Field rules of <see cref="AzureTableGrainStorageOptions"/> (DataAnnotations, source-generated).</summary>
[OptionsValidator]
public sealed partial class AzureTableGrainStorageOptionsValidator : IValidateOptions<AzureTableGrainStorageOptions>;
