using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Orders;

namespace Realtime.Server.Ingest;

/// <summary>
/// Reads an order event's <c>items</c> array (<c>[{sku, name, quantity, price}]</c>); a bad line is named by index and
/// field. Leaves the reader on the array's last token.
/// </summary>
public static class OrderItemsReader
{
    public static EventSlots.Slot Read(ref Utf8JsonReader reader)
    {
        var items = new List<OrderItem>();
        string? error = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (error is not null)
            {
                reader.Skip();
                continue;
            }

            if (items.Count == OrderLimits.MaxItems)
            {
                error = $"items: at most {OrderLimits.MaxItems} lines allowed";
                reader.Skip();
                continue;
            }

            (var item, error) = ReadItem(ref reader, index++);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return error is null ? new EventSlots.Slot(EventSlots.State.Items, Items: items) : new EventSlots.Slot(EventSlots.State.BadItems, Text: error);
    }

    private static (OrderItem? Item, string? Error) ReadItem(ref Utf8JsonReader reader, int index)
    {
        var at = $"items[{index}]";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = EventSlots.KindOf(reader.TokenType);
            reader.Skip();
            return (null, $"{at}: must be an object, not {kind}");
        }

        string? sku = null, name = null, error = null;
        int? quantity = null;
        decimal? price = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sku":
                    sku = Text(ref reader, $"{at}.sku", EventLimits.MaxIdLength, ref error);
                    break;
                case "name":
                    name = Text(ref reader, $"{at}.name", EventLimits.MaxIdLength * 2, ref error);
                    break;
                case "quantity":
                    quantity = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var q) && q >= 1 ? q : null;
                    error ??= quantity is null ? $"{at}.quantity: must be an integer ≥ 1" : null;
                    break;
                case "price":
                    price = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var p) && p >= 0 ? p : null;
                    error ??= price is null ? $"{at}.price: must be a number ≥ 0" : null;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (error is null && sku is null && name is null)
        {
            error = $"{at}: needs a sku or a name";
        }

        return error is null ? (new OrderItem(sku, name, quantity ?? 1, price ?? 0), null) : (null, error);
    }

    private static string? Text(ref Utf8JsonReader reader, string at, int maxLength, ref string? error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            error ??= $"{at}: must be a string";
            reader.Skip();
            return null;
        }

        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            error ??= $"{at}: is not valid Unicode text";
            return null;
        }

        if (text is { Length: var length } && length > maxLength)
        {
            error ??= $"{at}: {length} characters, at most {maxLength} allowed";
            return null;
        }

        return text;
    }
}
