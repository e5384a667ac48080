using Realtime.Contracts.Customers;
using Realtime.Grains.Customers;

namespace Realtime.Server.Tests.Customers;

public sealed class CustomerStateTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 11, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Contacts_are_kept_in_time_order_and_a_conversation_counts_once()
    {
        var state = new CustomerState();

        Assert.True(state.Add(new Contact("c-2", Noon, "s", null)));
        Assert.True(state.Add(new Contact("c-1", Noon.AddHours(-1), "s", null)));
        Assert.False(state.Add(new Contact("c-2", Noon.AddHours(1), "s", null)));

        Assert.Equal(["c-1", "c-2"], state.Contacts.Select(c => c.ConversationId));
    }

    [Fact]
    public void Only_the_latest_contacts_are_kept()
    {
        var state = new CustomerState();
        for (var i = 0; i <= CustomerState.MaxContacts; i++)
        {
            state.Add(new Contact($"c-{i}", Noon.AddMinutes(i), "s", null));
        }

        Assert.Equal(CustomerState.MaxContacts, state.Contacts.Count);
        Assert.Equal("c-1", state.Contacts[0].ConversationId);
    }

    [Theory]
    [InlineData("u-1", 79)]
    [InlineData("顾客-42", 187)]
    public void A_customer_goes_to_the_same_desk_in_every_process(string customerId, int desk)
    {
        // Fixed figures: a per-process hash (string.GetHashCode) would send one customer to two desks in a cluster.
        Assert.Equal((uint)desk, CustomerGrain.IdOf(customerId).GetUniformHashCode() % ContactDesks.Count);
    }
}
