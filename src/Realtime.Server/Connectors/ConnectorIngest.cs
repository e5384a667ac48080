using System.Text.Json;
using Microsoft.Extensions.Options;
using Realtime.Contracts.Events;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;
using Realtime.Server.Ingest;

namespace Realtime.Server.Connectors;

/// <summary>
/// Puts mapped events through the same validation as <c>POST /api/events</c> and sends the valid ones to the grains.
/// Nothing is applied unless every event of the webhook is valid: one webhook is one change on the help desk.
/// </summary>
public sealed class ConnectorIngest(IngestDispatcher dispatcher, IOptions<IngestOptions> options, TimeProvider time)
{
    public Task<ConnectorResult> ApplyAsync(IReadOnlyList<ConversationEvent> events, Text? ignored = null) =>
        ApplyAsync(events.Select(e => JsonSerializer.SerializeToElement(e, ContractJson.Options)).ToList(), ignored);

    public async Task<ConnectorResult> ApplyAsync(IReadOnlyList<JsonElement> events, Text? ignored = null)
    {
        var valid = new List<IncomingEvent>(events.Count);
        var indexOf = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        var rejected = new List<IngestRejection>();
        var window = options.Value.WindowAt(time.GetUtcNow());
        for (var i = 0; i < events.Count; i++)
        {
            var (e, error) = EventReader.Read(events[i], window);
            if (e is null)
            {
                var id = events[i].ValueKind == JsonValueKind.Object && events[i].TryGetProperty("eventId", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                rejected.Add(IngestRejection.Of(i, id, error!));
            }
            else
            {
                valid.Add(EventMapping.ToIncoming(e));
                indexOf.TryAdd(e.EventId!, i);
            }
        }

        if (rejected.Count > 0 || valid.Count == 0)
        {
            return new ConnectorResult(0, 0, rejected, valid.Count == 0 && rejected.Count == 0 ? ignored ?? Text.Of("connector.nothingToRecord") : null);
        }

        var applied = await dispatcher.DispatchAsync(valid);
        var failed = applied.Failures?.Select(f => IngestRejection.Of(indexOf[f.EventId], f.EventId, [FailureText.Of(f)]) with { Retry = f.Retry }).ToList();
        return new ConnectorResult(applied.Accepted, applied.Duplicates, failed ?? []);
    }
}
