using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Polly.Registry;
using Realtime.Server.Hosting;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hosting;

/// <summary>
/// The embedded server is one silo: a grain is placed through this process's own directory, so Orleans' placement
/// pipeline (a timeout and retries, for directory partitions on other silos) is replaced by an empty one.
/// </summary>
public sealed class EmbeddedPlacementTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task The_single_silo_places_grains_without_a_timeout_or_retry_pipeline()
    {
        var pipeline = app.Services.GetRequiredService<ResiliencePipelineProvider<string>>()
            .GetPipeline<SiloAddress>(OrleansHosting.PlacementPipelineKey);
        var attempts = 0;

        // Orleans' own pipeline hands the placement a token its timeout can cancel, and retries an OrleansException.
        var cancellable = false;
        await pipeline.ExecuteAsync(ct =>
        {
            cancellable = ct.CanBeCanceled;
            return ValueTask.FromResult(SiloAddress.Zero);
        }, CancellationToken.None);
        await Assert.ThrowsAsync<OrleansException>(async () => await pipeline.ExecuteAsync(ValueTask<SiloAddress> (CancellationToken _) =>
        {
            attempts++;
            throw new OrleansException("placement failed");
        }));

        Assert.Equal((false, 1), (cancellable, attempts));
    }

    /// <summary>
    /// Orleans keeps the key's constant internal, so ours repeats its text: if a new Orleans renamed it, the override
    /// above would silently stop applying (and the test above would still pass, asking for our own key).
    /// </summary>
    [Fact]
    public async Task Orleans_still_registers_its_placement_pipeline_under_the_key_the_override_uses()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering());
        using var host = builder.Build();

        var pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<string>>()
            .GetPipeline<SiloAddress>(OrleansHosting.PlacementPipelineKey);
        var cancellable = false;
        await pipeline.ExecuteAsync(ct =>
        {
            cancellable = ct.CanBeCanceled;
            return ValueTask.FromResult(SiloAddress.Zero);
        }, CancellationToken.None);

        Assert.True(cancellable, "Orleans' own placement pipeline arms a timeout");
    }
}
