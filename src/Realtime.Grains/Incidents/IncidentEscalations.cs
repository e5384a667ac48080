using Realtime.Contracts.Alerts;
using Realtime.Contracts.Incidents;
using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Incidents;

/// <summary>
/// The <c>escalation</c> an incident sends to on-call (push and webhook) when it reaches a level. It is a message about
/// the incident, not an item of its own: no alert list ever holds it. Its id names incident and level, so a webhook
/// target receives each level once.
/// </summary>
public static class IncidentEscalations
{
    public static Alert Alert(Incident incident, int level, EscalationPolicy policy)
    {
        var trigger = incident.Alerts.Where(a => a.Status == AlertStatuses.Open && a.Severity == Severities.Critical).MinBy(a => a.RaisedAt)
            ?? incident.Alerts[0];
        var seconds = level == 1 ? policy.AckTimeoutSeconds : policy.SecondLevelSeconds ?? policy.AckTimeoutSeconds;
        return new Alert
        {
            AlertId = $"{incident.IncidentId}/escalation-{level}",
            IncidentId = incident.IncidentId,
            Kind = AlertKinds.Escalation,
            Severity = Severities.Critical,
            Status = AlertStatuses.Open,
            ConversationId = trigger.ConversationId,
            AgentId = trigger.AgentId,
            CustomerId = trigger.CustomerId,
            StoreId = incident.StoreId,
            TeamId = incident.TeamId,
            RaisedAt = incident.UpdatedAt,
            Message = $"Level {level}: not acknowledged within {seconds} s: {incident.Summary}",
            Evidence = trigger.Evidence,
            RuleId = trigger.RuleId,
            EscalatedAlertId = trigger.AlertId,
            EscalationLevel = level,
        };
    }
}
