using Realtime.Contracts.Customers;

namespace Realtime.Grains.Customers;

/// <summary>One customer: contact history and repeat-contact rules.</summary>
[Alias("customer")]
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>Records a contact (idempotent per conversation) and raises repeat-contact alerts unless historical.</summary>
    [Alias("contact")]
    Task RecordContactAsync([Immutable] Contact contact, string? teamId, bool historical);

    [Alias("view")]
    Task<CustomerView> GetViewAsync();
}
