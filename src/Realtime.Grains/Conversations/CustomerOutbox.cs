using Realtime.Contracts.Customers;
using Realtime.Contracts.Orders;
using Realtime.Grains.Customers;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Conversations;

/// <summary>
/// Tells the customer's records about the conversation: the contact desk once (repeat-contact counting), and the
/// customer's sales record whenever who served an inquiry changes, so orders can be credited to them.
/// </summary>
public sealed class CustomerOutbox(IGrainFactory grains, ConversationDerivation derivation)
{
    /// <summary>The note this activation last gave the customer's sales record.</summary>
    private InquiryNote? _toldSales;

    public async Task TellContactAsync(string conversationId, ConversationState state, ConversationFacts facts)
    {
        if (state.ContactRecorded || facts.CustomerId is null || facts.StartedAt is null)
        {
            return;
        }

        var historical = state.Events.All(e => e.Historical);
        await grains.ContactDeskFor(facts.CustomerId).RecordContactAsync(
            facts.CustomerId,
            new Contact(conversationId, facts.StartedAt.Value, facts.StoreId, facts.Platform), facts.TeamId, historical);
        state.ContactRecorded = true;
    }

    /// <summary>
    /// Once a human agent serves a customer's inquiry (by the store's rule), the customer's sales record hears of it,
    /// and again whenever that changes (a transfer, a late start); conversations that never were inquiries cost no call.
    /// </summary>
    public async Task TellSalesAsync(string conversationId, ConversationState state, ConversationFacts facts)
    {
        if (facts.CustomerId is null || facts.AgentId is null || facts.StartedAt is null)
        {
            return;
        }

        var rule = (await derivation.RulesetAsync(facts.StoreId)).Source.Conversion.Inquiry;
        var note = new InquiryNote
        {
            ConversationId = conversationId,
            StoreId = facts.StoreId,
            TeamId = facts.TeamId,
            Platform = facts.Platform,
            StartedAt = facts.StartedAt.Value,
            AgentId = facts.AgentId,
            IsInquiry = rule.Matches(facts.Role, facts.Topics),
        };
        if (note == _toldSales || (!note.IsInquiry && !state.InquiryNoted))
        {
            return;
        }

        await grains.GetGrain<ICustomerSalesGrain>(facts.CustomerId).NoteInquiryAsync(note);
        state.InquiryNoted = true;
        _toldSales = note;
    }

    /// <summary>The orders credited to this conversation, as its view shows them.</summary>
    public async Task<IReadOnlyList<OrderCredit>> CreditsAsync(string conversationId, ConversationState state, string? customerId)
    {
        if (customerId is null || !state.InquiryNoted)
        {
            return [];
        }

        var credits = await grains.GetGrain<ICustomerSalesGrain>(customerId).GetCreditsAsync(conversationId);
        return [.. credits.Select(SaleCredits.ToView)];
    }
}
