namespace Realtime.Server.Connectors.Generic;

/// <summary>
/// <c>Connectors:Generic:Sources:{name}</c>: how one help desk's webhook JSON becomes CONTRACT events, without code.
/// </summary>
public sealed class GenericSourceOptions
{
    /// <summary>Keys accepted for this source (<c>X-Api-Key</c> header or <c>?key=</c>).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Where the events are when a webhook carries several (e.g. <c>$.events</c>); empty: the body is one event or an array.</summary>
    public string? ItemsPath { get; set; }

    /// <summary>CONTRACT field → JSON path in the item, e.g. <c>"conversationId": "$.ticket.id"</c>.</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>CONTRACT field → fixed value, used when the field has no path or the path finds nothing (e.g. <c>"type": "message"</c>).</summary>
    public Dictionary<string, string> Constants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>CONTRACT field → (source value → CONTRACT value), e.g. <c>"sender": {"in": "customer", "out": "agent"}</c>; case-insensitive.</summary>
    public Dictionary<string, Dictionary<string, string>> ValueMaps { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Put before the mapped <c>eventId</c> and <c>conversationId</c>; default <c>{source}-</c>.</summary>
    public string? IdPrefix { get; set; }
}
