namespace Realtime.LoadTests.Clocks;

/// <summary>Options of <c>clocks</c>.</summary>
public sealed record ClocksSettings
{
    public int Conversations { get; init; } = 50_000;
    public int Stores { get; init; } = 10;

    /// <summary>SLA thresholds put into every store's ruleset; warn leaves room to open everything and sit idle 30 s first.</summary>
    public int WarnSeconds { get; init; } = 90;
    public int BreachSeconds { get; init; } = 120;
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromSeconds(30);
    public int BatchSize { get; init; } = 100;
    public int MaxInFlight { get; init; } = 8;
    public bool BuildServer { get; init; } = true;
}
