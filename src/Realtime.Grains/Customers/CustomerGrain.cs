using Realtime.Contracts.Customers;
using Realtime.Grains.Rulesets;

namespace Realtime.Grains.Customers;

/// <summary>
/// A customer's contact history and where it stands against the repeat-contact rules. Contacts are written into its
/// storage record by a <see cref="ContactDeskGrain"/>, not through this grain, so it activates only for views and
/// reads the record afresh for each. A view keeps it 2 minutes, not Orleans' 15.
/// </summary>
[GrainType(TypeName), CollectionAgeLimit(Minutes = 2)]
public sealed class CustomerGrain(
    [PersistentState(CustomerGrain.StateName, GrainStorage.Name)] IPersistentState<CustomerState> state,
    RulesetProvider rulesets,
    TimeProvider time) : Grain, ICustomerGrain
{
    public const string TypeName = "customer";
    public const string StateName = "customer";

    // Parsed once: every new conversation's contact routes and stores by this id (GrainId.Create(string, string) parses the type each time).
    private static readonly GrainType Type = GrainType.Create(TypeName);

    public static GrainId IdOf(string customerId) => GrainId.Create(Type, IdSpan.Create(customerId));

    async Task<CustomerView> ICustomerGrain.GetViewAsync()
    {
        await state.ReadStateAsync();
        var now = time.GetUtcNow();
        var contacts = state.State.Contacts;
        var rules = contacts.Count > 0 ? (await rulesets.GetAsync(contacts[^1].StoreId)).Source.RepeatContact : [];
        return new CustomerView
        {
            CustomerId = this.GetPrimaryKeyString(),
            Contacts = [.. contacts.OrderByDescending(c => c.At)],
            RepeatContact = rules.Select(rule =>
            {
                var inWindow = RepeatContactRules.InWindow(contacts, rule, now).Count;
                var key = RepeatContactRules.Key(rule);
                var raised = state.State.Raised.TryGetValue(key, out var alertId);
                return new RepeatContactState(rule.Count, rule.WindowHours, rule.Severity, inWindow, raised, raised ? alertId : null);
            }).ToList(),
        };
    }
}
