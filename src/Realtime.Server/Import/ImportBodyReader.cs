using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;
using Realtime.Server.Ingest;

namespace Realtime.Server.Import;

/// <summary>
/// Streams an import body as validated events: picks the text encoding from its first bytes, then reads JSON Lines
/// (events or dialogues) or CSV. A record whose <see cref="ImportRecord.Event"/> is set passed the same validation as
/// <c>POST /api/events</c>; otherwise <see cref="ImportRecord.Errors"/> say which field is wrong.
/// </summary>
public static class ImportBodyReader
{
    private const int SniffBytes = 64 * 1024;
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>How to read an import; <paramref name="Window"/> bounds every <c>occurredAt</c> as ingest does.</summary>
    public sealed record Settings(ImportFormat? Format, string? Charset, TimeSpan DefaultOffset, DialogueTimeline Timeline, OccurredAtWindow? Window = null);

    /// <summary>Reads the head of the body to choose encoding and format, without consuming it.</summary>
    public static async Task<(Encoding Encoding, ImportFormat Format)> SniffAsync(PipeReader body, Settings settings, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length >= SniffBytes || result.IsCompleted)
            {
                var head = buffer.Slice(0, Math.Min(buffer.Length, SniffBytes)).ToArray();
                body.AdvanceTo(buffer.Start);
                var encoding = ImportEncoding.Detect(head, complete: result.IsCompleted && buffer.Length <= SniffBytes, settings.Charset);
                return (encoding, settings.Format ?? Guess(encoding.GetString(head)));
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static IAsyncEnumerable<ImportRecord> ReadAsync(TextReader text, ImportFormat format, Settings settings, CancellationToken cancellationToken) =>
        format == ImportFormat.Csv
            ? ValidateAsync(CsvEventReader.ReadAsync(text, settings.DefaultOffset, cancellationToken), settings.Window)
            : ReadJsonLinesAsync(text, settings.Timeline, settings.Window, cancellationToken);

    private static async IAsyncEnumerable<ImportRecord> ReadJsonLinesAsync(
        TextReader text, DialogueTimeline timeline, OccurredAtWindow? window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0L;
        var dialogues = 0;
        while (await text.ReadLineAsync(cancellationToken) is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var (document, parseError) = Parse(raw);
            if (document is null)
            {
                yield return new ImportRecord(line, parseError!);
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("turns", out _))
                {
                    var dialogue = ReadDialogue(root, out var error);
                    if (dialogue is null)
                    {
                        yield return new ImportRecord(line, error!);
                        continue;
                    }

                    foreach (var e in DialogueExpander.Expand(dialogue, dialogues++, timeline))
                    {
                        yield return Validate(new ImportRecord(line, e, null), window);
                    }

                    continue;
                }

                var (read, readError) = EventReader.Read(root, window);
                yield return new ImportRecord(line, read, readError);
            }
        }
    }

    private static (JsonDocument? Document, Text? Error) Parse(string line)
    {
        try
        {
            var document = JsonDocument.Parse(line, DocumentOptions);
            if (JsonUnicode.IsValid(document.RootElement))
            {
                return (document, null);
            }

            // An escaped unpaired surrogate parses, then throws on the first read of that name or string.
            document.Dispose();
            return (null, Text.Of("import.badUnicode"));
        }
        catch (JsonException ex)
        {
            return (null, Text.Of("import.notJson", ("line", ex.LineNumber + 1), ("position", ex.BytePositionInLine + 1), ("reason", ex.Message)));
        }
    }

    private static Dialogue? ReadDialogue(JsonElement root, out Text? error)
    {
        error = null;
        try
        {
            var dialogue = root.Deserialize<Dialogue>(ContractJson.Options);
            if (dialogue is null || string.IsNullOrWhiteSpace(dialogue.Id) || dialogue.Turns is null)
            {
                error = Text.Of("import.dialogueNeedsIdAndTurns");
                return null;
            }

            if (dialogue.Turns.FirstOrDefault(t => t.Role is not (Senders.Customer or Senders.Agent) || t.Text is null) is { } bad)
            {
                error = Text.Of("import.dialogueBadTurn", ("role", bad.Role));
                return null;
            }

            return dialogue;
        }
        catch (JsonException ex)
        {
            error = Text.Of("import.notDialogue", ("reason", ex.Message), ("path", ex.Path));
            return null;
        }
    }

    private static async IAsyncEnumerable<ImportRecord> ValidateAsync(IAsyncEnumerable<ImportRecord> records, OccurredAtWindow? window)
    {
        await foreach (var record in records)
        {
            yield return Validate(record, window);
        }
    }

    /// <summary>Events built from CSV rows or dialogues go through the very checks of <c>POST /api/events</c>.</summary>
    private static ImportRecord Validate(ImportRecord record, OccurredAtWindow? window)
    {
        if (record.Event is null)
        {
            return record;
        }

        var (e, error) = EventReader.Read(JsonSerializer.SerializeToElement(record.Event, ContractJson.Options), window);
        return error is null ? record with { Event = e } : record with { Errors = error };
    }

    private static ImportFormat Guess(string head)
    {
        var first = head.AsSpan().TrimStart("\uFEFF \t\r\n");
        return first.Length > 0 && first[0] == '{' ? ImportFormat.JsonLines : ImportFormat.Csv;
    }
}
