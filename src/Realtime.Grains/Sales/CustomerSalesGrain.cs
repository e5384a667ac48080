using Realtime.Contracts.Rulesets;
using Realtime.Grains.Ingest;
using Realtime.Grains.Rulesets;

namespace Realtime.Grains.Sales;

/// <summary>
/// A customer's orders and inquiries. Every change re-credits all the customer's orders (<see cref="Attribution"/>)
/// and tells the agents whose credits changed, so an inquiry that arrives after its order, a refund, or a late
/// payment event all end in the same credits as in-order arrival. Activates only for customers with orders or
/// inquiries; a short collection age since most are touched a few times.
/// </summary>
[CollectionAgeLimit(Minutes = 2)]
public sealed class CustomerSalesGrain(
    [PersistentState("customer-sales", GrainStorage.Name)] IPersistentState<CustomerSalesState> state,
    RulesetProvider rulesets) : Grain, ICustomerSalesGrain
{
    private string CustomerId => this.GetPrimaryKeyString();

    async Task<ApplyResult> ICustomerSalesGrain.ApplyOrdersAsync(IReadOnlyList<IncomingEvent> events)
    {
        var s = state.State;
        int accepted = 0, duplicates = 0;
        foreach (var e in events)
        {
            if (!s.EventIds.Add(e.EventId))
            {
                duplicates++;
                continue;
            }

            accepted++;
            if (!s.Orders.TryGetValue(e.OrderId!, out var order))
            {
                s.Orders[e.OrderId!] = order = new CustomerOrder { OrderId = e.OrderId!, StoreId = e.StoreId };
            }

            order.Platform = e.Platform ?? order.Platform;
            order.Add(new OrderEntry
            {
                EventId = e.EventId,
                Status = e.Status!,
                At = e.OccurredAt,
                Seq = s.NextSeq++,
                Amount = e.Amount,
                Currency = e.Currency,
            });
        }

        if (accepted > 0)
        {
            s.Trim();
            await CreditAsync();
            await state.WriteStateAsync();
        }

        return new ApplyResult(accepted, duplicates);
    }

    async Task ICustomerSalesGrain.NoteInquiryAsync(InquiryNote note)
    {
        var s = state.State;
        if (s.Inquiries.TryGetValue(note.ConversationId, out var known) && known == note)
        {
            return;
        }

        s.Inquiries[note.ConversationId] = note;
        s.Trim();
        if (s.Orders.Count > 0)
        {
            await CreditAsync();
        }

        await state.WriteStateAsync();
    }

    Task<IReadOnlyList<SaleCredit>> ICustomerSalesGrain.GetCreditsAsync(string? conversationId) =>
        Task.FromResult<IReadOnlyList<SaleCredit>>(state.State.Credits.Values
            .Where(c => conversationId is null || c.ConversationId == conversationId)
            .OrderBy(c => c.PlacedAt)
            .ToList());

    /// <summary>Credits every order afresh and sends each agent what changed for it.</summary>
    private async Task CreditAsync()
    {
        var s = state.State;
        var rules = new Dictionary<string, ConversionRules>(StringComparer.Ordinal);
        var changes = new Dictionary<string, (List<SaleCredit> Put, List<string> Removed)>(StringComparer.Ordinal);
        foreach (var order in s.Orders.Values)
        {
            if (!rules.TryGetValue(order.StoreId, out var rule))
            {
                rules[order.StoreId] = rule = (await rulesets.GetAsync(order.StoreId)).Source.Conversion;
            }

            var credit = Attribution.Credit(CustomerId, order, s.Inquiries.Values, rule);
            s.Credits.TryGetValue(order.OrderId, out var told);
            if (credit == told)
            {
                continue;
            }

            if (told is not null && told.AgentId != credit?.AgentId)
            {
                ChangesOf(told.AgentId).Removed.Add(order.OrderId);
            }

            if (credit is null)
            {
                s.Credits.Remove(order.OrderId);
            }
            else
            {
                ChangesOf(credit.AgentId).Put.Add(credit);
                s.Credits[order.OrderId] = credit;
            }
        }

        await Task.WhenAll(changes.Select(c => GrainFactory.GetGrain<IAgentSalesGrain>(c.Key).UpdateAsync(c.Value.Put, c.Value.Removed)));

        (List<SaleCredit> Put, List<string> Removed) ChangesOf(string agentId)
        {
            if (!changes.TryGetValue(agentId, out var change))
            {
                changes[agentId] = change = ([], []);
            }

            return change;
        }
    }
}
