using Microsoft.Extensions.DependencyInjection;
using Realtime.Grains;
using Realtime.Grains.Agents;
using Realtime.Grains.Alerts;
using Realtime.Grains.Paging;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Grains;

public sealed class GrainReferencesTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task A_reference_built_from_resolved_types_is_the_one_orleans_makes_and_answers()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();

        foreach (var key in new[] { "a-ref-1", "a-ref-2" })
        {
            AssertSame(grains.GetGrain<IAgentGrain>(key), grains.Reference<IAgentGrain>(key));
            AssertSame(grains.GetGrain<IAlertBookGrain>(key), grains.Reference<IAlertBookGrain>(key));
            AssertSame(grains.GetGrain<IStatePageGrain<AgentRecordsPage>>(key), grains.Reference<IStatePageGrain<AgentRecordsPage>>(key));
        }

        Assert.Equal("a-ref-2", (await grains.Reference<IAgentGrain>("a-ref-2").GetViewAsync()).AgentId);
    }

    private static void AssertSame(IAddressable expected, IAddressable actual)
    {
        var (e, a) = ((GrainReference)expected, (GrainReference)actual);
        Assert.Equal((e.GrainId, e.InterfaceType), (a.GrainId, a.InterfaceType));
    }
}
