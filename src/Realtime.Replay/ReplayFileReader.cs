using System.Text;
using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Import;

namespace Realtime.Replay;

/// <summary>
/// Loads a replay file as events sorted by time. JSON Lines of CONTRACT events are kept byte for byte (only
/// <c>occurredAt</c> is read); dialogue lines are expanded with made-up timestamps; CSV rows become events.
/// </summary>
public static class ReplayFileReader
{
    /// <summary>The events, and the factor by which their times run faster than the wall clock when paced.</summary>
    public sealed record Loaded(List<TimedEvent> Events, double Pace);

    public static async Task<Loaded> ReadAsync(ReplayOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(options.File, cancellationToken);
        var encoding = ImportEncoding.Detect(bytes, complete: true, options.Charset);
        var text = encoding.GetString(bytes).TrimStart('\uFEFF');
        var events = new List<TimedEvent>();
        var recorded = 0;
        for (var round = 1; round <= options.Repeat; round++)
        {
            var prefix = options.Repeat > 1 ? $"{options.IdPrefix}r{round}-" : options.IdPrefix;
            if (options.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                await ReadCsvAsync(text, options, events, cancellationToken);
                recorded++;
            }
            else
            {
                recorded += ReadJsonLines(text, options, prefix, now, events);
            }
        }

        // Stable: ties keep file order, as the server breaks occurredAt ties by arrival.
        List<TimedEvent> sorted = [.. events.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.i).Select(x => x.e)];
        return new Loaded(sorted, recorded > 0 ? options.Speed : 1);
    }

    private static async Task ReadCsvAsync(string text, ReplayOptions options, List<TimedEvent> events, CancellationToken cancellationToken)
    {
        using var reader = new StringReader(text);
        await foreach (var record in CsvEventReader.ReadAsync(reader, options.Tz, cancellationToken))
        {
            if (record.Event is null)
            {
                throw new InvalidDataException($"line {record.Line}: {RejectionText.English(record.Errors ?? [])}");
            }

            events.Add(Serialise(record.Event));
        }
    }

    /// <summary>Adds the file's events; answers how many kept their recorded times (paced at --speed by the sender).</summary>
    private static int ReadJsonLines(string text, ReplayOptions options, string prefix, DateTimeOffset now, List<TimedEvent> events)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dialogues = lines.Count(l => l.Contains("\"turns\"", StringComparison.Ordinal));
        var spacing = TimeSpan.FromSeconds(options.SpacingSeconds);
        var timeline = new DialogueTimeline
        {
            Start = options.Start ?? DefaultStart(options, now, dialogues * spacing),
            Spacing = spacing,
            IdPrefix = prefix,
            StoreId = options.StoreId,
            TeamId = options.TeamId,
            Agents = options.Agents,
        };
        var index = 0;
        var recorded = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            using var document = Parse(lines[n], n + 1);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("turns", out _))
            {
                var dialogue = root.Deserialize<Dialogue>(ContractJson.Options)
                    ?? throw new InvalidDataException($"line {n + 1}: not a dialogue");
                foreach (var e in DialogueExpander.Expand(dialogue, index++, timeline))
                {
                    events.Add(Serialise(Paced(e, timeline.Start, options)));
                }
            }
            else if (prefix.Length > 0)
            {
                throw new InvalidDataException("--repeat and --id-prefix apply to dialogue files only; CONTRACT events keep their ids");
            }
            else
            {
                var at = root.TryGetProperty("occurredAt", out var t) && t.TryGetDateTimeOffset(out var parsed) ? parsed : DateTimeOffset.MinValue;
                events.Add(new TimedEvent(at, Encoding.UTF8.GetBytes(lines[n])));
                recorded++;
            }
        }

        return recorded;
    }

    /// <summary>Live: the dialogues start now; as fast as possible: they sit in the recent past; history: yesterday.</summary>
    private static DateTimeOffset DefaultStart(ReplayOptions options, DateTimeOffset now, TimeSpan span) =>
        options.Historical ? new DateTimeOffset(now.UtcDateTime.Date.AddDays(-1), TimeSpan.Zero)
        : options.Max ? now - span - TimeSpan.FromHours(1)
        : now;

    /// <summary>At --speed N a live dialogue's clock runs N times faster, so event time stays wall time.</summary>
    private static ConversationEvent Paced(ConversationEvent e, DateTimeOffset start, ReplayOptions options) =>
        options.Historical || options.Max || options.Speed == 1
            ? e
            : e with { OccurredAt = start + ((e.OccurredAt!.Value - start) / options.Speed) };

    private static TimedEvent Serialise(ConversationEvent e) =>
        new(e.OccurredAt ?? DateTimeOffset.MinValue, JsonSerializer.SerializeToUtf8Bytes(e, ContractJson.Options));

    private static JsonDocument Parse(string line, int number)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"line {number}: not valid JSON ({ex.Message})", ex);
        }
    }
}
