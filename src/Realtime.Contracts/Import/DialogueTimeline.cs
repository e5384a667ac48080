namespace Realtime.Contracts.Import;

/// <summary>Where the expanded dialogues sit in time and whose they are.</summary>
public sealed record DialogueTimeline
{
    /// <summary>The first conversation starts here; the n-th one <see cref="Spacing"/> × n later.</summary>
    public DateTimeOffset Start { get; init; }

    public TimeSpan Spacing { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Prefixed to conversation, event and customer ids, so one file can be replayed several times as new traffic.</summary>
    public string IdPrefix { get; init; } = string.Empty;

    public string StoreId { get; init; } = "default";

    public string? TeamId { get; init; }

    /// <summary>Size of the agent pool dialogues are spread over (a stable hash of the dialogue id picks one).</summary>
    public int Agents { get; init; } = 24;
}
