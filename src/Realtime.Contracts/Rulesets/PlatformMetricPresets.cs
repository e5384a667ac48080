namespace Realtime.Contracts.Rulesets;

/// <summary>
/// Starting points for the platforms' response-rate rules (docs/platform-metrics.md names where each platform publishes
/// its own): merchants adjust them in the ruleset, as platforms change their rules.
/// </summary>
public static class PlatformMetricPresets
{
    public static readonly IReadOnlyList<PlatformMetricRule> All =
    [
        Rule("taobao", "3分钟人工响应率", 180, "08:00", "23:00", PlatformMetricRule.UnitRound, 80),
        Rule("tmall", "3分钟人工响应率", 180, "08:00", "23:00", PlatformMetricRule.UnitRound, 80),
        Rule("pdd", "3分钟回复率", 180, "08:00", "23:00", PlatformMetricRule.UnitCustomerDay, 80),
        Rule("douyin", "飞鸽3分钟回复率", 180, "08:00", "23:00", PlatformMetricRule.UnitRound, 85),
        Rule("jd", "30秒应答率", 30, "09:00", "24:00", PlatformMetricRule.UnitRound, 80),
    ];

    /// <summary>The catalogue label of a preset's name (read in the reader's language); null for a store's own rule.</summary>
    public static string? NameKeyOf(PlatformMetricRule rule) =>
        All.Any(p => p.Platform == rule.Platform && p.Name == rule.Name) ? "label.platformMetric." + rule.Platform : null;

    private static PlatformMetricRule Rule(string platform, string name, int seconds, string from, string to, string unit, double target) => new()
    {
        Platform = platform,
        Name = name,
        ReplyWithinSeconds = seconds,
        Window = new LocalTimeWindow { From = from, To = to },
        Unit = unit,
        Target = target,
    };
}
