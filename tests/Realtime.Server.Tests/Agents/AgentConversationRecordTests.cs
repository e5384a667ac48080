using Realtime.Grains.Agents;

namespace Realtime.Server.Tests.Agents;

/// <summary>A conversation tells its agent only when a figure changed: the comparison looks into the collections.</summary>
public sealed class AgentConversationRecordTests
{
    private static AgentConversationRecord Record() => new()
    {
        ConversationId = "c-1",
        Date = "2026-11-28",
        AgentMessages = 2,
        Dimensions = new Dictionary<string, double> { ["service"] = 90, ["compliance"] = 100 },
        Topics = ["logistics"],
        ManualDimensions = new Dictionary<string, double> { ["service"] = 80 },
    };

    [Fact]
    public void Records_with_equal_figures_in_new_collections_are_the_same()
    {
        Assert.True(Record().SameAs(Record()));
        Assert.NotEqual(Record(), Record());
    }

    [Fact]
    public void A_changed_figure_or_collection_entry_is_a_change()
    {
        var record = Record();
        Assert.False(record.SameAs(null));
        Assert.False(record.SameAs(record with { AgentMessages = 3 }));
        Assert.False(record.SameAs(record with { Dimensions = new Dictionary<string, double> { ["service"] = 85, ["compliance"] = 100 } }));
        Assert.False(record.SameAs(record with { Topics = ["logistics", "refund_return"] }));
        Assert.False(record.SameAs(record with { ManualDimensions = null }));
        Assert.False(record.SameAs(record with { Open = true }));
    }
}
