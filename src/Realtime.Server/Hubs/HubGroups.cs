namespace Realtime.Server.Hubs;

/// <summary>The one place SignalR group names are made.</summary>
public static class HubGroups
{
    private const string All = "*";

    /// <summary>Floor subscribers of one store/team filter (null = every store / every team).</summary>
    public static string Floor(string? storeId, string? teamId) => $"floor:{storeId ?? All}:{teamId ?? All}";

    /// <summary>Every floor group an item of this store/team is visible in.</summary>
    public static IReadOnlyList<string> FloorAudience(string? storeId, string? teamId) =>
        new[] { Floor(null, null), Floor(storeId, null), Floor(null, teamId), Floor(storeId, teamId) }.Distinct().ToList();

    public static string OnCall(string? storeId, string? teamId) => $"oncall:{storeId ?? All}:{teamId ?? All}";

    public static IReadOnlyList<string> OnCallAudience(string? storeId, string? teamId) =>
        new[] { OnCall(null, null), OnCall(storeId, null), OnCall(null, teamId), OnCall(storeId, teamId) }.Distinct().ToList();

    public static string Agent(string agentId) => $"agent:{agentId}";

    /// <summary>A group's members reading <paramref name="language"/>: pushes are rendered once per language.</summary>
    public static string In(string group, string language) => $"{group}|{language}";

    public static IReadOnlyList<string> In(IReadOnlyList<string> groups, string language) => [.. groups.Select(g => In(g, language))];
}
