using System.Text.Json.Serialization;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Events;

/// <summary>The <c>202</c> body of <c>POST /api/events</c>.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<IngestRejection> Rejected);

/// <summary>
/// One event not applied. <c>error</c> is the stable English description (every problem, joined with "; ");
/// <c>errors</c> holds each problem as a catalogue text, <c>messageKey</c>/<c>args</c>/<c>message</c> the first one.
/// </summary>
public sealed record IngestRejection(int Index, string? EventId, string Error) : KeyedProblems
{
    /// <summary>
    /// True when the event itself is fine but was not applied now (a grain call failed): send it again, a repeat
    /// changes nothing. Absent on events that are wrong.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Retry { get; init; }

    /// <summary>A rejection of an event that is wrong: the English joined as <c>error</c>, each problem keyed.</summary>
    public static IngestRejection Of(int index, string? eventId, IReadOnlyList<Text> errors) =>
        new(index, eventId, RejectionText.English(errors)) { Errors = RejectionText.All(errors) };
}

/// <summary>One problem of a rejected event: key, arguments and the text in the reader's language.</summary>
public sealed record RejectionText(string MessageKey, IReadOnlyDictionary<string, string> Args)
{
    [RenderedFrom(nameof(MessageKey), nameof(Args))]
    public string Message { get; init; } = "";

    public static RejectionText Of(Text text) => new(text.Key, text.Args) { Message = text.Render(TextCatalog.English) };

    public static IReadOnlyList<RejectionText> All(IReadOnlyList<Text> texts) => [.. texts.Select(Of)];

    /// <summary>Every problem in English, joined with "; " (the stable <c>error</c> field).</summary>
    public static string English(IReadOnlyList<Text> texts) => string.Join("; ", texts.Select(e => e.Render(TextCatalog.English)));
}
