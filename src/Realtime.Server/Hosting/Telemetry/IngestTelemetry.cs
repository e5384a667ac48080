using Realtime.Contracts.Events;
using Realtime.Grains.Telemetry;

namespace Realtime.Server.Hosting.Telemetry;

/// <summary>Counts one ingest answer into <c>realtime.events.accepted|duplicated|rejected</c>.</summary>
public static class IngestTelemetry
{
    public static void Record(IngestResult result)
    {
        RealtimeTelemetry.EventsAccepted.Add(result.Accepted);
        RealtimeTelemetry.EventsDuplicated.Add(result.Duplicates);
        RealtimeTelemetry.EventsRejected.Add(result.Rejected.Count);
    }
}
