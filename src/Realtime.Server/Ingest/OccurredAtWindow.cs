using System.Globalization;

namespace Realtime.Server.Ingest;

/// <summary>
/// The times an event's <c>occurredAt</c> may hold (<see cref="IngestOptions.OccurredAtEarliest"/> up to
/// <see cref="IngestOptions.OccurredAtMaxAhead"/> past the server's clock): a clock running wild at one integrator is
/// rejected by name instead of reaching the SLA maths.
/// </summary>
public readonly record struct OccurredAtWindow(DateTimeOffset Earliest, DateTimeOffset Latest)
{
    /// <summary>Why <paramref name="at"/> is outside the window, naming the field; null when inside.</summary>
    public string? Check(DateTimeOffset at) =>
        at < Earliest ? $"occurredAt: {Format(at)} is before {Format(Earliest)}, the earliest time accepted (Ingest:OccurredAtEarliest)"
        : at > Latest ? $"occurredAt: {Format(at)} is ahead of the server's clock by more than allowed (latest accepted now: {Format(Latest)}; Ingest:OccurredAtMaxAhead)"
        : null;

    private static string Format(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
