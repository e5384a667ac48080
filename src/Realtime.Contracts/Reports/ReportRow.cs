namespace Realtime.Contracts.Reports;

/// <summary>
/// The metrics of one agent, team, store or the whole report. Percentages are 0–100; a null figure means there was
/// nothing to measure (e.g. no CSAT rating in the period). The README defines every figure precisely.
/// </summary>
public sealed record ReportRow
{
    /// <summary><c>agent | team | store | total</c>.</summary>
    public required string Scope { get; init; }
    public string? AgentId { get; init; }
    public string? TeamId { get; init; }
    public string? StoreId { get; init; }

    /// <summary>Platform rows only.</summary>
    public string? Platform { get; init; }
    public int Conversations { get; init; }
    public int Closed { get; init; }
    public int TransferredAway { get; init; }
    public double? FirstResponseAvgSeconds { get; init; }
    public double? FirstResponseP90Seconds { get; init; }
    public double? AverageHandleSeconds { get; init; }
    public double? FirstContactResolutionPct { get; init; }
    public double? TransferRatePct { get; init; }
    public int CsatResponses { get; init; }
    public double? CsatAverage { get; init; }
    public double? CsatSatisfiedPct { get; init; }
    public double? SlaAttainmentPct { get; init; }
    public int ComplianceViolations { get; init; }
    public double? ComplianceViolationsPer100 { get; init; }

    /// <summary>Average weighted QA score (the conversation totals) of the closed conversations.</summary>
    public double? QaScoreAverage { get; init; }
    public IReadOnlyDictionary<string, double> DimensionAverages { get; init; } = new Dictionary<string, double>();
    public int DisputesAccepted { get; init; }
    public Calibration? Calibration { get; init; }

    /// <summary>Sales conversion (询单转化率, 客单价…); null when the report was made without orders.</summary>
    public ConversionFigures? Conversion { get; init; }
}
