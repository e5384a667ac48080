using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>Turns a request body (one event or an array) into valid events and per-index rejections.</summary>
public static class EventBatchReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public sealed record Batch(List<IncomingEvent> Valid, int InBatchDuplicates, List<IngestRejection> Rejected);

    /// <summary>Null with an error when the body is not JSON, not an event or array, or too big a batch.</summary>
    public static (Batch? Batch, string? Error) Read(ReadOnlyMemory<byte> body, int maxBatchSize, bool historical = false)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            List<JsonElement> items;
            if (root.ValueKind == JsonValueKind.Object)
            {
                items = [root];
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                if (root.GetArrayLength() > maxBatchSize)
                {
                    return (null, $"A batch holds at most {maxBatchSize} events; this one has {root.GetArrayLength()}.");
                }

                items = [.. root.EnumerateArray()];
            }
            else
            {
                return (null, $"The body must be an event object or an array of them, not {root.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var valid = new List<IncomingEvent>(items.Count);
            var rejected = new List<IngestRejection>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var (e, error) = EventReader.Read(items[i]);
                if (e is null)
                {
                    rejected.Add(new IngestRejection(i, TryEventId(items[i]), error!));
                }
                else if (!seen.Add(e.EventId!))
                {
                    duplicates++;
                }
                else
                {
                    valid.Add(EventMapping.ToIncoming(e, historical));
                }
            }

            return (new Batch(valid, duplicates, rejected), null);
        }
    }

    private static string? TryEventId(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("eventId", out var id) && id.ValueKind == JsonValueKind.String
            && EventReader.TryGetString(id, out var text)
            ? text
            : null;
}
