using Realtime.Contracts.Customers;

namespace Realtime.Grains.Customers;

/// <summary>One customer's contact history and repeat-contact standing; contacts arrive through <see cref="IContactDeskGrain"/>.</summary>
[Alias("customer")]
public interface ICustomerGrain : IGrainWithStringKey
{
    [Alias("view")]
    Task<CustomerView> GetViewAsync();
}
