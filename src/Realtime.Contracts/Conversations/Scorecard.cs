using System.Collections.ObjectModel;
using Realtime.Contracts.Disputes;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Conversations;

/// <summary>
/// The QA score of one conversation: each dimension starts at 100 and loses the points of its deductions;
/// <see cref="Total"/> is the weighted sum for the agent's role.
/// </summary>
public sealed record Scorecard
{
    public bool Final { get; init; }
    public string Role { get; init; } = "afterSales";
    public int RulesetVersion { get; init; }
    // Shared empty defaults: every scorecard is made with both set, and a conversation's is re-made at every batch.
    public IReadOnlyDictionary<string, double> Dimensions { get; init; } = ReadOnlyDictionary<string, double>.Empty;
    public IReadOnlyDictionary<string, double> Weights { get; init; } = ReadOnlyDictionary<string, double>.Empty;
    public double Total { get; init; }
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];

    /// <summary>The ruleset's critical items this conversation hit; any of them caps <see cref="Total"/> below the low-score threshold.</summary>
    public IReadOnlyList<AutoFailHit> AutoFail { get; init; } = [];

    /// <summary>Deductions removed by accepted disputes: shown, but they no longer count.</summary>
    public IReadOnlyList<Deduction> Waived { get; init; } = [];
    public IReadOnlyList<Dispute> Disputes { get; init; } = [];
    public ManualScore? Manual { get; init; }

    /// <summary>Every dispute and manual score, oldest first, with the total before and after.</summary>
    public IReadOnlyList<ScoreAuditEntry> Audit { get; init; } = [];
}

/// <summary>A critical item that failed the conversation, and why (rendered per reader from <see cref="MessageKey"/>).</summary>
public sealed record AutoFailHit(string RuleId, [property: RenderedFrom(nameof(AutoFailHit.MessageKey), nameof(AutoFailHit.Args))] string Reason)
{
    public string? MessageKey { get; init; }
    public IReadOnlyDictionary<string, string>? Args { get; init; }
}
