using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Realtime.Storage.AzureTable.Storage;

namespace Realtime.Storage.AzureTable.Hosting;

/// <summary><see cref="ISiloBuilder"/> forms of <see cref="AzureTableGrainStorageServiceCollectionExtensions"/>.</summary>
public static class AzureTableGrainStorageSiloBuilderExtensions
{
    /// <summary>Registers the provider as the default grain storage.</summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(this ISiloBuilder builder, Action<AzureTableGrainStorageOptions> configureOptions)
    {
        builder.Services.AddAzureTableGrainStorageAsDefault(configureOptions);
        return builder;
    }

    /// <summary>Registers the provider under <paramref name="name"/>.</summary>
    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configureOptions)
    {
        builder.Services.AddAzureTableGrainStorage(name, configureOptions);
        return builder;
    }

    /// <summary>Registers the provider as the default grain storage, configured through an options builder.</summary>
    public static ISiloBuilder AddAzureTableGrainStorageAsDefault(this ISiloBuilder builder, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null)
    {
        builder.Services.AddAzureTableGrainStorageAsDefault(configureOptions);
        return builder;
    }

    /// <summary>Registers the provider under <paramref name="name"/>, configured through an options builder.</summary>
    public static ISiloBuilder AddAzureTableGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null)
    {
        builder.Services.AddAzureTableGrainStorage(name, configureOptions);
        return builder;
    }
}
