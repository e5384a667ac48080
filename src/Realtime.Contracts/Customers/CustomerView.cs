namespace Realtime.Contracts.Customers;

/// <summary><c>GET /api/customers/{id}</c>: contact history and repeat-contact state.</summary>
public sealed record CustomerView
{
    public required string CustomerId { get; init; }
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyList<RepeatContactState> RepeatContact { get; init; } = [];
}

public sealed record Contact(string ConversationId, DateTimeOffset At, string StoreId, string? Platform);

public sealed record RepeatContactState(int Count, int WindowHours, string Severity, int ContactsInWindow, bool Raised, string? AlertId);
