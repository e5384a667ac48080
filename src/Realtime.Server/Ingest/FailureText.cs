using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>A grain's failure to apply an event as a catalogue text: "send it again" when retryable, else parked for an admin.</summary>
public static class FailureText
{
    public static Text Of(EventFailure failure) =>
        Text.Of(failure.Retry ? "ingest.notAppliedRetry" : "ingest.parked", ("reason", failure.Error));
}
