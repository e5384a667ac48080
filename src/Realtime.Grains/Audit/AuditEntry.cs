namespace Realtime.Grains.Audit;

/// <summary>
/// One audited action: who did what to which target, when, and the state before and after (JSON or a short value).
/// Never carries message text except on purpose: a PII reveal records which events were shown, not their text.
/// </summary>
[GenerateSerializer, Immutable, Alias("audit-entry")]
public sealed record AuditEntry
{
    /// <summary>Set by the audit log from its clock when the entry is recorded.</summary>
    [Id(0)] public DateTimeOffset At { get; init; }

    /// <summary>One of <see cref="AuditKinds"/> (or a kind added by a later feature, e.g. <c>dispute.opened</c>).</summary>
    [Id(1)] public required string Kind { get; init; }

    /// <summary>The user name from the token.</summary>
    [Id(2)] public required string Actor { get; init; }

    /// <summary>What was acted on: a ruleset's store id, an alert id, a conversation id, a dispute id.</summary>
    [Id(3)] public required string Target { get; init; }
    [Id(4)] public string? StoreId { get; init; }
    [Id(5)] public string? Before { get; init; }
    [Id(6)] public string? After { get; init; }

    /// <summary>Free text the actor gave (a note, a reason).</summary>
    [Id(7)] public string? Reason { get; init; }

    /// <summary>Set by the audit grain: the day key and a sequence, unique and ordered.</summary>
    [Id(8)] public string? AuditId { get; init; }

    /// <summary>Set by the audit log: the client's address (behind a configured proxy, the forwarded one).</summary>
    [Id(9)] public string? ClientAddress { get; init; }
}
