namespace Realtime.Grains.Agents;

/// <summary>
/// One conversation as its agent's daily bucket sees it. Conversation grains replace the whole record on each
/// change, so reporting it again never double-counts. Reports read these, never transcripts. Not reference-tracked
/// by the serializer: a record appears once in a page.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("agent-conversation-record")]
public sealed record AgentConversationRecord
{
    [Id(0)] public required string ConversationId { get; init; }
    [Id(1)] public required string Date { get; init; }
    [Id(2)] public string StoreId { get; init; } = "default";
    [Id(3)] public string? TeamId { get; init; }
    [Id(4)] public string? CustomerId { get; init; }
    [Id(5)] public bool Open { get; init; }
    [Id(6)] public bool TransferredAway { get; init; }
    [Id(7)] public int AgentMessages { get; init; }
    [Id(8)] public double? FirstResponseSeconds { get; init; }
    [Id(9)] public int WaitsAnswered { get; init; }
    [Id(10)] public int WaitsMet { get; init; }
    [Id(11)] public int Breaches { get; init; }
    [Id(12)] public int Alerts { get; init; }
    [Id(13)] public double? Score { get; init; }
    [Id(14)] public int? Csat { get; init; }
    [Id(15)] public double? HandleSeconds { get; init; }
    [Id(16)] public string Role { get; init; } = "afterSales";
    [Id(17)] public int ComplianceViolations { get; init; }
    [Id(18)] public IReadOnlyDictionary<string, double> Dimensions { get; init; } = new Dictionary<string, double>();
    [Id(19)] public DateTimeOffset StartedAt { get; init; }

    /// <summary>Topics the customer raised (model labels), for insight reports.</summary>
    [Id(30)] public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Null unless the customer threatened to complain (or the model said so): what the threat was.</summary>
    [Id(31)] public string? ComplaintReason { get; init; }

    /// <summary>A QA user's manual score per dimension (calibration), null when nobody scored it by hand.</summary>
    [Id(32)] public IReadOnlyDictionary<string, double>? ManualDimensions { get; init; }
    [Id(33)] public double? ManualScore { get; init; }
    [Id(34)] public int RulesetVersion { get; init; }
    [Id(35)] public int DisputesAccepted { get; init; }
    [Id(36)] public string? Platform { get; init; }

    public bool IsComplaint => ComplaintReason is not null;

    /// <summary>Equal in every figure, collections compared by content (record equality compares them by reference).</summary>
    public bool SameAs(AgentConversationRecord? other) =>
        other is not null
        && Equals(other with { Dimensions = Dimensions, Topics = Topics, ManualDimensions = ManualDimensions })
        && SameEntries(Dimensions, other.Dimensions)
        && SameEntries(ManualDimensions, other.ManualDimensions)
        && Topics.SequenceEqual(other.Topics, StringComparer.Ordinal);

    private static bool SameEntries(IReadOnlyDictionary<string, double>? a, IReadOnlyDictionary<string, double>? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null && a.Count == b.Count
            && a.All(entry => b.TryGetValue(entry.Key, out var value) && value.Equals(entry.Value)));
}
