using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Configuration.Overrides;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Realtime.Storage.AzureTable.Storage;

namespace Realtime.Storage.AzureTable.Hosting;

/// <summary>
/// Registers <see cref="AzureTableGrainStorage"/> with the same method names as Orleans' own Azure Table provider,
/// so switching between the two is a change of <c>using</c>.
/// </summary>
public static class AzureTableGrainStorageServiceCollectionExtensions
{
    /// <summary>Registers the provider as the default grain storage.</summary>
    public static IServiceCollection AddAzureTableGrainStorageAsDefault(this IServiceCollection services, Action<AzureTableGrainStorageOptions> configureOptions) =>
        services.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, builder => builder.Configure(configureOptions));

    /// <summary>Registers the provider under <paramref name="name"/>.</summary>
    public static IServiceCollection AddAzureTableGrainStorage(this IServiceCollection services, string name, Action<AzureTableGrainStorageOptions> configureOptions) =>
        services.AddAzureTableGrainStorage(name, builder => builder.Configure(configureOptions));

    /// <summary>Registers the provider as the default grain storage, configured through an options builder.</summary>
    public static IServiceCollection AddAzureTableGrainStorageAsDefault(this IServiceCollection services, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null) =>
        services.AddAzureTableGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>Registers the provider under <paramref name="name"/>, configured through an options builder.</summary>
    public static IServiceCollection AddAzureTableGrainStorage(this IServiceCollection services, string name, Action<OptionsBuilder<AzureTableGrainStorageOptions>>? configureOptions = null)
    {
        configureOptions?.Invoke(services.AddOptions<AzureTableGrainStorageOptions>(name));
        services.AddTransient<IPostConfigureOptions<AzureTableGrainStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<AzureTableGrainStorageOptions>>();
        services.AddTransient<IConfigurationValidator>(provider => new AzureTableGrainStorageConfigurationValidator(
            provider.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name), name));
        services.ConfigureNamedOptionForLogging<AzureTableGrainStorageOptions>(name);
        return services.AddGrainStorage(name, Create);
    }

    private static AzureTableGrainStorage Create(IServiceProvider services, string name)
    {
        AzureTableGrainStorageOptions options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name);
        ClusterOptions cluster = services.GetProviderClusterOptions(name).Value;
        return new AzureTableGrainStorage(name, cluster.ServiceId, options, services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
    }
}
