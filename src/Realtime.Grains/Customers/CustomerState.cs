using Realtime.Contracts.Customers;

namespace Realtime.Grains.Customers;

[GenerateSerializer, Alias("customer-state")]
public sealed class CustomerState
{
    [Id(0)] public List<Contact> Contacts { get; set; } = [];

    /// <summary>Rule key ("3/24h") → alert id of the last alert raised for it.</summary>
    [Id(1)] public Dictionary<string, string> Raised { get; set; } = new(StringComparer.Ordinal);
}
