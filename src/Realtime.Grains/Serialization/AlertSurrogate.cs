using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Serialization;

/// <summary>
/// <see cref="Alert"/> in Orleans' binary format. Contract types otherwise go through the System.Text.Json codec, and
/// alert pages are written on every raise: JSON was the largest single CPU cost of ingest in the e2e profile.
/// Field ids are the persisted format: never reuse or renumber them.
/// </summary>
[GenerateSerializer, Immutable, Alias("alert-v1")]
public struct AlertSurrogate
{
    [Id(0)] public string AlertId { get; set; }
    [Id(1)] public string Kind { get; set; }
    [Id(2)] public string Severity { get; set; }
    [Id(3)] public string Status { get; set; }
    [Id(4)] public string? ConversationId { get; set; }
    [Id(5)] public string? AgentId { get; set; }
    [Id(6)] public string? CustomerId { get; set; }
    [Id(7)] public string StoreId { get; set; }
    [Id(8)] public string? TeamId { get; set; }
    [Id(9)] public DateTimeOffset RaisedAt { get; set; }
    [Id(10)] public string Message { get; set; }
    [Id(11)] public string? Evidence { get; set; }
    [Id(12)] public string? RuleId { get; set; }
    [Id(13)] public string? EscalatedAlertId { get; set; }
    [Id(14)] public DateTimeOffset? AcknowledgedAt { get; set; }
    [Id(15)] public string? AcknowledgedBy { get; set; }
    [Id(16)] public DateTimeOffset? ResolvedAt { get; set; }
    [Id(17)] public string? ResolvedBy { get; set; }
    [Id(18)] public AlertNote[]? History { get; set; }
    [Id(19)] public string? IncidentId { get; set; }
    [Id(20)] public string? ResolvedReason { get; set; }
    [Id(21)] public int? EscalationLevel { get; set; }
    [Id(22)] public string? MessageKey { get; set; }
    [Id(23)] public Dictionary<string, string>? Args { get; set; }
    [Id(24)] public string? EvidenceKey { get; set; }
    [Id(25)] public Dictionary<string, string>? EvidenceArgs { get; set; }
}

[GenerateSerializer, Immutable, Alias("alert-note-v1")]
public struct AlertNoteSurrogate
{
    [Id(0)] public DateTimeOffset At { get; set; }
    [Id(1)] public string Action { get; set; }
    [Id(2)] public string? By { get; set; }
    [Id(3)] public string? Note { get; set; }
}

[RegisterConverter]
public sealed class AlertConverter : IConverter<Alert, AlertSurrogate>
{
    public Alert ConvertFromSurrogate(in AlertSurrogate s) => new()
    {
        AlertId = s.AlertId,
        Kind = s.Kind,
        Severity = s.Severity,
        Status = s.Status,
        ConversationId = s.ConversationId,
        AgentId = s.AgentId,
        CustomerId = s.CustomerId,
        StoreId = s.StoreId,
        TeamId = s.TeamId,
        RaisedAt = s.RaisedAt,
        Message = s.Message,
        Evidence = s.Evidence,
        RuleId = s.RuleId,
        EscalatedAlertId = s.EscalatedAlertId,
        AcknowledgedAt = s.AcknowledgedAt,
        AcknowledgedBy = s.AcknowledgedBy,
        ResolvedAt = s.ResolvedAt,
        ResolvedBy = s.ResolvedBy,
        History = s.History ?? [],
        IncidentId = s.IncidentId,
        ResolvedReason = s.ResolvedReason,
        EscalationLevel = s.EscalationLevel,
        MessageKey = s.MessageKey,
        Args = s.Args,
        EvidenceKey = s.EvidenceKey,
        EvidenceArgs = s.EvidenceArgs,
    };

    public AlertSurrogate ConvertToSurrogate(in Alert a) => new()
    {
        AlertId = a.AlertId,
        Kind = a.Kind,
        Severity = a.Severity,
        Status = a.Status,
        ConversationId = a.ConversationId,
        AgentId = a.AgentId,
        CustomerId = a.CustomerId,
        StoreId = a.StoreId,
        TeamId = a.TeamId,
        RaisedAt = a.RaisedAt,
        Message = a.Message,
        Evidence = a.Evidence,
        RuleId = a.RuleId,
        EscalatedAlertId = a.EscalatedAlertId,
        AcknowledgedAt = a.AcknowledgedAt,
        AcknowledgedBy = a.AcknowledgedBy,
        ResolvedAt = a.ResolvedAt,
        ResolvedBy = a.ResolvedBy,
        History = a.History.Count == 0 ? null : [.. a.History],
        IncidentId = a.IncidentId,
        ResolvedReason = a.ResolvedReason,
        EscalationLevel = a.EscalationLevel,
        MessageKey = a.MessageKey,
        Args = a.Args is null ? null : new Dictionary<string, string>(a.Args),
        EvidenceKey = a.EvidenceKey,
        EvidenceArgs = a.EvidenceArgs is null ? null : new Dictionary<string, string>(a.EvidenceArgs),
    };
}

[RegisterConverter]
public sealed class AlertNoteConverter : IConverter<AlertNote, AlertNoteSurrogate>
{
    public AlertNote ConvertFromSurrogate(in AlertNoteSurrogate s) => new(s.At, s.Action, s.By, s.Note);

    public AlertNoteSurrogate ConvertToSurrogate(in AlertNote n) => new() { At = n.At, Action = n.Action, By = n.By, Note = n.Note };
}
