using Realtime.Contracts.Disputes;

namespace Realtime.Grains.Disputes;

/// <summary>The human side of a conversation's score: disputes, a manual (calibration) score and the audit trail.</summary>
[GenerateSerializer, Alias("conversation-review-state")]
public sealed class ConversationReview
{
    [Id(0)] public List<Dispute> Disputes { get; set; } = [];
    [Id(1)] public ManualScore? Manual { get; set; }
    [Id(2)] public List<ScoreAuditEntry> Audit { get; set; } = [];

    /// <summary>The deductions accepted disputes removed.</summary>
    public IReadOnlyList<WaivedDeduction> Waived() => Disputes
        .Where(d => d.Status == DisputeStatuses.Accepted)
        .Select(d => new WaivedDeduction(d.RuleId, d.MessageId))
        .ToList();
}
