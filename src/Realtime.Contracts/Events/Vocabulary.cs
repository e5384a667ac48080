namespace Realtime.Contracts.Events;

/// <summary>The closed value sets of CONTRACT.md §1.</summary>
public static class Vocabulary
{
    public const string DefaultStoreId = "default";

    public static readonly IReadOnlySet<string> Senders = Set("customer", "agent", "bot", "system");
    public static readonly IReadOnlySet<string> Platforms = Set(
        "taobao", "tmall", "jd", "douyin", "pdd", "amazon", "ebay", "shopify", "email", "web", "other");
    public static readonly IReadOnlySet<string> Channels = Set("chat", "email", "social", "voice");
    public static readonly IReadOnlySet<string> AgentStatuses = Set("online", "busy", "away", "offline");
    public static readonly IReadOnlySet<string> Roles = Set(AgentRoles.PreSales, AgentRoles.AfterSales);

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
