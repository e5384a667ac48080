namespace Realtime.Contracts.Incidents;

/// <summary>The <c>action</c> of an incident's history entries.</summary>
public static class IncidentActions
{
    public const string Opened = "opened";
    public const string AlertAdded = "alertAdded";
    public const string Reopened = "reopened";
    public const string Escalated = "escalated";
    public const string Acknowledged = "acknowledged";
    public const string Resolved = "resolved";
}
