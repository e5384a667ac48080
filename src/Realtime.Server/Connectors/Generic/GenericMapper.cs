using System.Globalization;
using System.Text.Json;

using Realtime.Contracts.Texts;

namespace Realtime.Server.Connectors.Generic;

/// <summary>
/// Applies one source's mapping to a webhook body: each item becomes a CONTRACT-shaped JSON object (paths, then
/// constants, then value maps), which then goes through the normal event validation.
/// </summary>
public static class GenericMapper
{
    public static readonly IReadOnlyList<string> ContractFields =
    [
        "eventId", "type", "occurredAt", "conversationId", "storeId", "teamId", "platform", "channel", "customerId",
        "agentId", "sender", "text", "rating", "status", "role",
    ];

    /// <summary>The mapped items, or why the body cannot be mapped at all.</summary>
    public static (List<JsonElement>? Items, Text? Error) Map(string source, GenericSourceOptions options, JsonElement root)
    {
        var items = new List<JsonElement>();
        var container = root;
        if (!string.IsNullOrWhiteSpace(options.ItemsPath))
        {
            var (path, _) = JsonPathLite.Parse(options.ItemsPath);
            if (path!.Select(root) is not { } found)
            {
                return (null, Text.Of("connector.itemsNotFound", ("path", options.ItemsPath)));
            }

            container = found;
        }

        if (container.ValueKind == JsonValueKind.Array)
        {
            items.AddRange(container.EnumerateArray());
        }
        else if (container.ValueKind == JsonValueKind.Object)
        {
            items.Add(container);
        }
        else
        {
            return (null, Text.Of("connector.notObjects"));
        }

        var prefix = options.IdPrefix ?? source + "-";
        return (items.Select(item => MapItem(item, options, prefix)).ToList(), null);
    }

    private static JsonElement MapItem(JsonElement item, GenericSourceOptions options, string prefix)
    {
        var mapped = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in ContractFields)
        {
            object? value = null;
            if (options.Fields.TryGetValue(field, out var pathText) && JsonPathLite.Parse(pathText).Path?.Select(item) is { } found)
            {
                value = Convert(field, found);
            }

            if (value is null && options.Constants.TryGetValue(field, out var constant))
            {
                value = field == "rating" && int.TryParse(constant, CultureInfo.InvariantCulture, out var r) ? r : constant;
            }

            if (value is string s && options.ValueMaps.TryGetValue(field, out var map))
            {
                var hit = map.FirstOrDefault(kv => string.Equals(kv.Key, s, StringComparison.OrdinalIgnoreCase));
                value = hit.Key is null ? s : hit.Value;
            }

            if (value is string id && field is "eventId" or "conversationId")
            {
                value = prefix + id;
            }

            if (value is not null)
            {
                mapped[field] = value;
            }
        }

        return JsonSerializer.SerializeToElement(mapped);
    }

    /// <summary>Numbers become text (ids) or stay numbers (rating); a numeric <c>occurredAt</c> is Unix seconds or milliseconds.</summary>
    private static object? Convert(string field, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => field == "rating" && int.TryParse(value.GetString(), CultureInfo.InvariantCulture, out var r) ? r : value.GetString(),
        JsonValueKind.Number when field == "rating" => value.TryGetInt32(out var n) ? n : value.GetRawText(),
        JsonValueKind.Number when field == "occurredAt" && value.TryGetInt64(out var unix) =>
            (unix > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix))
                .ToString("O", CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value,
    };
}
