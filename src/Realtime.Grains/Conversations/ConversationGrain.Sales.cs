using Realtime.Contracts.Orders;
using Realtime.Grains.Sales;

namespace Realtime.Grains.Conversations;

/// <summary>Tells the customer's sales record about this conversation, so orders can be credited to who served it.</summary>
public sealed partial class ConversationGrain
{
    /// <summary>The note this activation last gave the customer's sales record.</summary>
    private InquiryNote? _toldSales;

    /// <summary>
    /// Once a human agent serves a customer's inquiry (by the store's rule), the customer's sales record hears of it,
    /// and again whenever that changes (a transfer, a late start); conversations that never were inquiries cost no call.
    /// </summary>
    private async Task TellSalesAsync(ConversationFacts facts)
    {
        if (facts.CustomerId is null || facts.AgentId is null || facts.StartedAt is null)
        {
            return;
        }

        var rule = (await rulesets.GetAsync(facts.StoreId)).Source.Conversion.Inquiry;
        var note = new InquiryNote
        {
            ConversationId = ConversationId,
            StoreId = facts.StoreId,
            TeamId = facts.TeamId,
            Platform = facts.Platform,
            StartedAt = facts.StartedAt.Value,
            AgentId = facts.AgentId,
            IsInquiry = rule.Matches(facts.Role, facts.Topics),
        };
        if (note == _toldSales || (!note.IsInquiry && !state.State.InquiryNoted))
        {
            return;
        }

        await GrainFactory.GetGrain<ICustomerSalesGrain>(facts.CustomerId).NoteInquiryAsync(note);
        state.State.InquiryNoted = true;
        _toldSales = note;
    }

    /// <summary>The orders credited to this conversation, as its view shows them.</summary>
    private async Task<IReadOnlyList<OrderCredit>> CreditsAsync(string? customerId)
    {
        if (customerId is null || !state.State.InquiryNoted)
        {
            return [];
        }

        var credits = await GrainFactory.GetGrain<ICustomerSalesGrain>(customerId).GetCreditsAsync(ConversationId);
        return [.. credits.Select(SaleCredits.ToView)];
    }
}
