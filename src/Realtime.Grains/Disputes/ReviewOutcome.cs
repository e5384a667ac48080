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

    public static ReviewOutcome Failed(ReviewError error, string message) => new() { Error = error, Message = message };
}

public enum ReviewError
{
    None,
    NotFound,
    Invalid,
    Conflict,
    Forbidden,
}
