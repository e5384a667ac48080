namespace Realtime.Contracts.Silences;

/// <summary>
/// A silence: alerts matching every field it sets are recorded and scored as usual but raise no push, page or webhook
/// until <see cref="Until"/>. Unset fields match everything.
/// </summary>
public sealed record Silence
{
    public string SilenceId { get; init; } = "";
    public string? Kind { get; init; }
    public string? StoreId { get; init; }
    public string? TeamId { get; init; }
    public string? AgentId { get; init; }
    public required DateTimeOffset Until { get; init; }
    public required string Reason { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public bool Matches(string kind, string storeId, string? teamId, string? agentId, DateTimeOffset now) =>
        now < Until
        && (Kind is null || Kind == kind)
        && (StoreId is null || StoreId == storeId)
        && (TeamId is null || TeamId == teamId)
        && (AgentId is null || AgentId == agentId);
}
