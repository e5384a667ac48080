using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>
/// Turns a request body (one event or an array) into valid events and per-index rejections, in one forward pass over
/// the bytes: no document is built, each property is matched once, vocabulary words and a batch's repeated ids are
/// not decoded into new strings.
/// </summary>
public static class EventBatchReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = JsonDepth.MaxBody };

    /// <summary>The valid events, each with its index in the body (<see cref="ValidIndexes"/>), and the rejections.</summary>
    public sealed record Batch(List<IncomingEvent> Valid, int InBatchDuplicates, List<IngestRejection> Rejected, List<int> ValidIndexes)
    {
        /// <summary>The rejections with the events the grains failed to apply added at their indexes.</summary>
        public List<IngestRejection> RejectedWith(List<EventFailure>? failures)
        {
            if (failures is not { Count: > 0 })
            {
                return Rejected;
            }

            var indexOf = new Dictionary<string, int>(Valid.Count, StringComparer.Ordinal);
            for (var i = 0; i < Valid.Count; i++)
            {
                indexOf[Valid[i].EventId] = ValidIndexes[i];
            }

            return [.. Rejected.Concat(failures.Select(f => IngestRejection.Of(indexOf[f.EventId], f.EventId, [FailureText.Of(f)]) with { Retry = f.Retry })).OrderBy(r => r.Index)];
        }
    }

    /// <summary>
    /// Null with an error when the body is not JSON, not an event or array, or too big a batch. A
    /// <paramref name="window"/> bounds every <c>occurredAt</c>.
    /// </summary>
    public static (Batch? Batch, Text? Error) Read(ReadOnlyMemory<byte> body, int maxBatchSize, bool historical = false, OccurredAtWindow? window = null)
    {
        try
        {
            return ReadBody(body.Span, maxBatchSize, historical, window);
        }
        catch (JsonException ex)
        {
            return (null, Text.Of("ingest.body.notJson", ("line", ex.LineNumber + 1), ("position", ex.BytePositionInLine + 1), ("reason", ex.Message)));
        }
    }

    private static (Batch? Batch, Text? Error) ReadBody(ReadOnlySpan<byte> body, int maxBatchSize, bool historical, OccurredAtWindow? window)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions);
        reader.Read();
        var valid = new List<IncomingEvent>(Math.Min(maxBatchSize, 128));
        var validIndexes = new List<int>(Math.Min(maxBatchSize, 128));
        var rejected = new List<IngestRejection>();
        var seen = new HashSet<string>(Math.Min(maxBatchSize, 128), StringComparer.Ordinal);
        var (slots, values) = (new EventSlots(), new EventValues());
        var duplicates = 0;
        var count = 0;

        void ReadOne(ref Utf8JsonReader reader)
        {
            var index = count++;
            if (EventReader.Read(ref reader, slots, values, window) is { } errors)
            {
                rejected.Add(IngestRejection.Of(index, EventReader.EventIdOf(slots), errors));
            }
            else if (!seen.Add(values.EventId!))
            {
                duplicates++;
            }
            else
            {
                valid.Add(values.ToIncoming(historical));
                validIndexes.Add(index);
            }
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                ReadOne(ref reader);
                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (count >= maxBatchSize)
                    {
                        reader.Skip();
                        count++;
                    }
                    else
                    {
                        ReadOne(ref reader);
                    }
                }

                break;
            default:
                var kind = EventSlots.KindOf(reader.TokenType);
                reader.Skip();
                ReadEnd(ref reader);
                return (null, Text.Of("ingest.body.notEvent", ("kind", kind)));
        }

        ReadEnd(ref reader);
        return count > maxBatchSize
            ? (null, Text.Of("ingest.body.batchTooLarge", ("max", maxBatchSize), ("count", count)))
            : (new Batch(valid, duplicates, rejected, validIndexes), null);
    }

    /// <summary>Past the body's value: the reader throws when anything but white space follows it, as parsing the whole document did.</summary>
    private static void ReadEnd(ref Utf8JsonReader reader) => reader.Read();
}
