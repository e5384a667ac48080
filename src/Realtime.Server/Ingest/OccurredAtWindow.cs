using System.Globalization;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Ingest;

/// <summary>
/// The times an event's <c>occurredAt</c> may hold (<see cref="IngestOptions.OccurredAtEarliest"/> up to
/// <see cref="IngestOptions.OccurredAtMaxAhead"/> past the server's clock): a clock running wild at one integrator is
/// rejected by name instead of reaching the SLA maths.
/// </summary>
public readonly record struct OccurredAtWindow(DateTimeOffset Earliest, DateTimeOffset Latest)
{
    /// <summary>Why <paramref name="at"/> is outside the window, naming the field; null when inside.</summary>
    public Text? Check(DateTimeOffset at) =>
        at < Earliest ? Text.Of("ingest.beforeEarliest", ("at", Format(at)), ("earliest", Format(Earliest)))
        : at > Latest ? Text.Of("ingest.aheadOfClock", ("at", Format(at)), ("latest", Format(Latest)))
        : null;

    private static string Format(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
