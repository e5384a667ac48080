using System.Text.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Orders;
using Realtime.Contracts.Texts;

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
        Text? error = null;
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
                error = Text.Of("ingest.itemsTooMany", ("max", OrderLimits.MaxItems));
                reader.Skip();
                continue;
            }

            (var item, error) = ReadItem(ref reader, index++);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return error is null ? new EventSlots.Slot(EventSlots.State.Items, Items: items) : new EventSlots.Slot(EventSlots.State.BadItems, Error: error);
    }

    private static (OrderItem? Item, Text? Error) ReadItem(ref Utf8JsonReader reader, int index)
    {
        var at = $"items[{index}]";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = EventSlots.KindOf(reader.TokenType);
            reader.Skip();
            return (null, Text.Of("ingest.notObject", ("field", at), ("kind", kind)));
        }

        string? sku = null, name = null;
        Text? error = null;
        int? quantity = null;
        decimal? price = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sku":
                    sku = ReadText(ref reader, $"{at}.sku", EventLimits.MaxIdLength, ref error);
                    break;
                case "name":
                    name = ReadText(ref reader, $"{at}.name", EventLimits.MaxIdLength * 2, ref error);
                    break;
                case "quantity":
                    quantity = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var q) && q >= 1 ? q : null;
                    error ??= quantity is null ? Text.Of("ingest.itemQuantity", ("field", $"{at}.quantity")) : null;
                    break;
                case "price":
                    price = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var p) && p >= 0 ? p : null;
                    error ??= price is null ? Text.Of("ingest.itemPrice", ("field", $"{at}.price")) : null;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (error is null && sku is null && name is null)
        {
            error = Text.Of("ingest.itemNeedsSkuOrName", ("field", at));
        }

        return error is null ? (new OrderItem(sku, name, quantity ?? 1, price ?? 0), null) : (null, error);
    }

    private static string? ReadText(ref Utf8JsonReader reader, string at, int maxLength, ref Text? error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            error ??= Text.Of("ingest.mustBeString", ("field", at));
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
            error ??= Text.Of("ingest.invalidText", ("field", at));
            return null;
        }

        if (text is { Length: var length } && length > maxLength)
        {
            error ??= Text.Of("ingest.tooLong", ("field", at), ("length", length), ("max", maxLength));
            return null;
        }

        return text;
    }
}
