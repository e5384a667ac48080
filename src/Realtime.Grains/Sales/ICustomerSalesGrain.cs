using Realtime.Grains.Ingest;

namespace Realtime.Grains.Sales;

/// <summary>
/// One customer's orders and inquiries, and the credits they make (<see cref="Attribution"/>). Keyed by customer id:
/// an order and the conversations it is credited to meet here whatever order they arrive in.
/// </summary>
[Alias("customer-sales")]
public interface ICustomerSalesGrain : IGrainWithStringKey
{
    /// <summary>Applies order events (deduplicated by event id) and re-credits the orders.</summary>
    [Alias("orders")]
    Task<ApplyResult> ApplyOrdersAsync([Immutable] IReadOnlyList<IncomingEvent> events);

    /// <summary>Adds or replaces what a conversation tells about itself, and re-credits the orders.</summary>
    [Alias("inquiry")]
    Task NoteInquiryAsync([Immutable] InquiryNote note);

    /// <summary>The current credits, of one conversation or (null) all.</summary>
    [Alias("credits")]
    Task<IReadOnlyList<SaleCredit>> GetCreditsAsync(string? conversationId);
}
