using Realtime.Contracts.Texts;
using Realtime.Contracts.Disputes;

namespace Realtime.Grains.Disputes;

/// <summary>The answer of a review command: the dispute (or manual score) as it now stands, or why nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("review-outcome")]
public sealed record ReviewOutcome
{
    [Id(0)] public ReviewError Error { get; init; }
    [Id(1)] public string? Message { get; init; }
    [Id(2)] public Dispute? Dispute { get; init; }
    [Id(3)] public ManualScore? Manual { get; init; }

    /// <summary>Why nothing changed as a catalogue text (rendered per reader); <see cref="Message"/> is its English.</summary>
    [Id(4)] public Text? Text { get; init; }

    public static ReviewOutcome Failed(ReviewError error, Text text) =>
        new() { Error = error, Message = text.Render(TextCatalog.English), Text = text };
}

public enum ReviewError
{
    None,
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
}
