namespace Realtime.Grains.Audit;

/// <summary>The audited actions; features that land later add their own (kinds are plain strings).</summary>
public static class AuditKinds
{
    public const string RulesetChanged = "ruleset.changed";
    public const string AlertAcknowledged = "alert.acknowledged";
    public const string AlertResolved = "alert.resolved";
    public const string IncidentAcknowledged = "incident.acknowledged";
    public const string IncidentResolved = "incident.resolved";
    public const string PiiRevealed = "pii.revealed";
    public const string DisputeOpened = "dispute.opened";
    public const string DisputeDecided = "dispute.decided";
}
