using System.Reflection;
using Realtime.Contracts.Events;
using Realtime.Contracts.Orders;
using Realtime.Grains.Ingest;
using Realtime.Server.Ingest;

namespace Realtime.Server.Tests.Ingest;

/// <summary>
/// The contract's event is mapped in three places (the batch reader's reused values, and both directions between the
/// contract and the grains' event) because the hot path must not build an intermediate object per event. These tests
/// fill every property by reflection, so a field added to the contract but left out of one mapping fails here.
/// </summary>
public sealed class EventMappingTests
{
    private static readonly PropertyInfo[] ContractProperties = typeof(ConversationEvent).GetProperties();

    [Fact]
    public void Every_contract_field_reaches_the_grains_and_comes_back()
    {
        var e = Filled();

        var incoming = EventMapping.ToIncoming(e, historical: true);

        Assert.All(ContractProperties, p => Assert.Equal(p.GetValue(e), Property<IncomingEvent>(p.Name).GetValue(incoming)));
        Assert.True(incoming.Historical);
        Assert.Equal(e, EventMapping.ToContract(incoming));
    }

    [Fact]
    public void The_batch_readers_values_map_as_the_contract_does()
    {
        var e = Filled();
        var values = new EventValues();
        foreach (var p in ContractProperties)
        {
            Property<EventValues>(p.Name).SetValue(values, p.GetValue(e));
        }

        Assert.Equal(e, values.ToContract());
        Assert.Equal(EventMapping.ToIncoming(e, historical: true), values.ToIncoming(historical: true));
    }

    [Fact]
    public void An_event_without_a_store_goes_to_the_default_store_on_both_paths()
    {
        var e = Filled() with { StoreId = " " };
        var values = new EventValues { EventId = e.EventId, Type = e.Type, OccurredAt = e.OccurredAt, StoreId = e.StoreId };

        Assert.Equal(Vocabulary.DefaultStoreId, EventMapping.ToIncoming(e).StoreId);
        Assert.Equal(Vocabulary.DefaultStoreId, values.ToIncoming(historical: false).StoreId);
    }

    /// <summary>A distinct, non-default value in every property.</summary>
    private static ConversationEvent Filled()
    {
        var e = new ConversationEvent();
        for (var i = 0; i < ContractProperties.Length; i++)
        {
            var p = ContractProperties[i];
            var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            object value = type == typeof(string) ? $"v{i}-{p.Name}"
                : type == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 11, 11, 0, 0, i, TimeSpan.FromHours(8))
                : type == typeof(int) ? 100 + i
                : type == typeof(decimal) ? 10.5m + i
                : type == typeof(IReadOnlyList<OrderItem>) ? new List<OrderItem> { new($"sku{i}", "T恤", 2, 12.9m) }
                : throw new NotSupportedException($"Give {p.Name} ({type}) a test value.");
            p.SetValue(e, value);
        }

        return e;
    }

    private static PropertyInfo Property<T>(string name) =>
        typeof(T).GetProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {name}: the contract's field is not carried.");
}
