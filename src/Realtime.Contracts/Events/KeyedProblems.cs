using System.Text.Json.Serialization;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Events;

/// <summary>
/// Problems as catalogue texts, as ingest and import report them: <c>errors</c> each keyed and rendered in the reader's
/// language, <c>messageKey</c>/<c>args</c>/<c>message</c> the first one.
/// </summary>
public abstract record KeyedProblems
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RejectionText>? Errors { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MessageKey => Errors is [var first, ..] ? first.MessageKey : null;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string>? Args => Errors is [var first, ..] ? first.Args : null;

    /// <summary>The first problem in the reader's language.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [RenderedFrom(nameof(MessageKey), nameof(Args))]
    public string? Message => Errors is [var first, ..] ? first.Message : null;
}
