using Realtime.Contracts.Agents;
using Realtime.Grains.Ingest;

namespace Realtime.Grains.Agents;

/// <summary>One agent: live status, load, today's figures and the daily buckets reports read.</summary>
[Alias("agent")]
public interface IAgentGrain : IGrainWithStringKey
{
    [Alias("status")]
    Task<ApplyResult> ApplyStatusAsync(IReadOnlyList<IncomingEvent> events);

    [Alias("track")]
    Task TrackAsync(AgentConversationRecord record);

    [Alias("view")]
    Task<AgentView> GetViewAsync();

    [Alias("records")]
    Task<IReadOnlyList<AgentConversationRecord>> GetRecordsAsync(string fromDate, string toDate);
}
