using Microsoft.Extensions.Diagnostics.HealthChecks;
using Realtime.Grains.Ingest;

namespace Realtime.Server.Ingest;

/// <summary>
/// Readiness reports this silo's conversations whose derivation failed in the last hour as <c>Degraded</c> (still
/// ready: the rest of ingest works), naming the latest; their events are in <c>GET /api/admin/dead-letters</c>.
/// </summary>
public sealed class DerivationHealthCheck(DerivationFailures failures, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan Recent = TimeSpan.FromHours(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var since = time.GetUtcNow() - Recent;
        var recent = failures.Recent.Where(f => f.At >= since).ToList();
        var data = new Dictionary<string, object>
        {
            ["derivationFailures"] = failures.Total,
            ["recentConversations"] = recent.Select(f => f.ConversationId).Distinct().ToArray(),
        };
        return Task.FromResult(recent.Count == 0
            ? HealthCheckResult.Healthy($"{failures.Total} conversations failed derivation since start, none in the last hour.", data)
            : HealthCheckResult.Degraded(
                $"{recent.Count} conversations failed derivation in the last hour (latest {recent[0].ConversationId}: {recent[0].Error}); their events are parked in /api/admin/dead-letters.",
                data: data));
    }
}
