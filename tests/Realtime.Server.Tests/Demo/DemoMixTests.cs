using Realtime.Server.Demo;

namespace Realtime.Server.Tests.Demo;

/// <summary>The demo plays mostly ordinary conversations: scripts are drawn in proportion to their weight.</summary>
public sealed class DemoMixTests
{
    [Fact]
    public void Scripts_are_drawn_in_proportion_to_their_weight()
    {
        DemoScript[] scripts = [Script("calm", 3), Script("angry", 1)];
        var random = new Random(7);

        var calm = Enumerable.Range(0, 40_000).Count(_ => DemoScript.Pick(scripts, random.NextDouble()).Name == "calm");

        Assert.InRange(calm / 40_000.0, 0.74, 0.76);
        Assert.Equal("angry", DemoScript.Pick(scripts, 0.999999).Name);
        Assert.Equal("calm", DemoScript.Pick(scripts, 0).Name);
    }

    [Fact]
    public void The_shipped_demo_plays_ordinary_conversations_more_often_than_any_problem()
    {
        var scripts = DemoScripts.Load().Scripts;
        var total = scripts.Sum(s => s.Weight);

        var ordinary = scripts.Where(s => s.Name is "logistics-calm" or "refund-good" or "en-logistics" or "de-return-good").Sum(s => s.Weight) / total;

        Assert.InRange(ordinary, 0.4, 0.6);
        Assert.All(scripts, s => Assert.True(s.Weight > 0, s.Name));
    }

    private static DemoScript Script(string name, double weight) => new(name, "zh", "team", "afterSales", null, null, [], weight);
}
