using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Realtime.Grains.Conversations;
using Realtime.Grains.Serialization;

namespace Realtime.Server.Tests.Serialization;

/// <summary>States written by earlier versions still read: a removed field is skipped, the others keep their ids.</summary>
public sealed class StoredStateCompatibilityTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8));

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddRealtimeSerialization().AddAssembly(typeof(ConversationState).Assembly).AddAssembly(typeof(StoredStateCompatibilityTests).Assembly))
        .BuildServiceProvider();

    [Fact]
    public void A_conversation_state_written_with_its_old_event_id_set_reads_back()
    {
        var serializer = _services.GetRequiredService<Serializer>();
        var old = new ConversationStateWithEventIdSet
        {
            Events = [new StoredEvent { EventId = "e-1", Type = "message", OccurredAt = T0, Seq = 1, Sender = "customer", Text = "在吗" }],
            EventIds = ["e-1"],
            RaisedConditions = new() { ["sla.breach"] = "al-1" },
            NextSeq = 2,
            ReportedAgentId = "a-1",
            ContactRecorded = true,
        };

        var state = serializer.Deserialize<ConversationState>(serializer.SerializeToArray(old))!;

        Assert.Equal("在吗", Assert.Single(state.Events).Text);
        Assert.Equal("al-1", state.RaisedConditions["sla.breach"]);
        Assert.Equal(2, state.NextSeq);
        Assert.Equal("a-1", state.ReportedAgentId);
        Assert.True(state.ContactRecorded);
    }

    public void Dispose() => _services.Dispose();
}

/// <summary>The conversation state's shape before cbf087a, when field 1 held the event ids as a set of their own.</summary>
[GenerateSerializer]
public sealed class ConversationStateWithEventIdSet
{
    [Id(0)] public List<StoredEvent> Events { get; set; } = [];
    [Id(1)] public HashSet<string> EventIds { get; set; } = [];
    [Id(2)] public Dictionary<string, string> RaisedConditions { get; set; } = [];
    [Id(3)] public long NextSeq { get; set; }
    [Id(4)] public string? ReportedAgentId { get; set; }
    [Id(5)] public bool ContactRecorded { get; set; }
}
