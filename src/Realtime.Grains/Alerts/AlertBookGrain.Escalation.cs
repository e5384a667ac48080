using Realtime.Contracts.Alerts;
using Realtime.Grains.Incidents;

namespace Realtime.Grains.Alerts;

/// <summary>Escalation: an open critical incident not acknowledged in time pages on-call, checked every <see cref="EscalationScan"/>.</summary>
public sealed partial class AlertBookGrain
{
    private static readonly TimeSpan EscalationScan = TimeSpan.FromSeconds(1);

    private async Task EscalateOverdueAsync(CancellationToken cancellationToken)
    {
        var policy = (await rulesets.GetAsync(StoreId)).Source.Escalation;
        var now = time.GetUtcNow();
        var due = _incidents.DueEscalations(policy, now);
        due.RemoveAll(d => _incidents.AlertsOf(d.Record).Where(a => a.Status == AlertStatuses.Open && a.Severity == Severities.Critical).All(IsSilenced));
        if (due.Count == 0)
        {
            return;
        }

        foreach (var (record, level) in due)
        {
            _incidents.Escalate(record, level, now);
        }

        // The level is saved before anything is sent: a restart never pages on-call twice for one level.
        await SaveAsync();
        foreach (var (record, level) in due)
        {
            var escalation = IncidentEscalations.Alert(_incidents.View(record), level, policy);
            await publisher.EscalationRaisedAsync(escalation);
            foreach (var sink in sinks)
            {
                sink.Deliver(escalation);
            }

            await publisher.IncidentUpdatedAsync(_incidents.View(record));
        }
    }
}
