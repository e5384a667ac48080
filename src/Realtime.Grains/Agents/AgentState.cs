using Realtime.Contracts.Agents;

namespace Realtime.Grains.Agents;

[GenerateSerializer, Alias("agent-state")]
public sealed class AgentState
{
    [Id(0)] public string Status { get; set; } = "offline";
    [Id(1)] public DateTimeOffset? StatusSince { get; set; }
    [Id(2)] public string? Role { get; set; }
    [Id(3)] public string? TeamId { get; set; }
    [Id(4)] public string? StoreId { get; set; }

    /// <summary>Status changes in event-time order (the last 8 days).</summary>
    [Id(5)] public List<StatusChange> StatusChanges { get; set; } = [];

    /// <summary>Ids of recent status events, for deduplication.</summary>
    [Id(6)] public List<string> RecentStatusEventIds { get; set; } = [];

    /// <summary>
    /// Days (<c>yyyy-MM-dd</c>, ascending) with conversation records, the closed ones saved in the pages
    /// <see cref="AgentRecordBook.PagesOf"/> names (open ones are on <see cref="AgentRecordBook.OpenPage"/>).
    /// (Id 8, pages by month, is retired.)
    /// </summary>
    [Id(9)] public List<string> RecordDays { get; set; } = [];

    /// <summary>The (store, team) pairs already registered in the agent directory.</summary>
    [Id(20)] public HashSet<string> Registered { get; set; } = new(StringComparer.Ordinal);
}

[GenerateSerializer, Immutable, Alias("status-change")]
public sealed record StatusChange([property: Id(0)] string Status, [property: Id(1)] DateTimeOffset At, [property: Id(2)] long Seq);
