using System.Collections.Concurrent;

namespace Realtime.Server.Webhooks;

/// <summary>Delivery counters per target, shown at <c>GET /api/webhooks</c> so failures are visible.</summary>
public sealed class WebhookStatus(TimeProvider time)
{
    private readonly ConcurrentDictionary<int, TargetStatus> _targets = new();

    public sealed record TargetStatus(int Index, string Kind, string Host, long Delivered, long Failed, string? LastError, DateTimeOffset? LastAttemptAt);

    public void Record(int index, WebhookTarget target, bool delivered, string? error) =>
        _targets.AddOrUpdate(
            index,
            _ => new TargetStatus(index, target.Kind, HostOf(target), delivered ? 1 : 0, delivered ? 0 : 1, error, time.GetUtcNow()),
            (_, s) => s with
            {
                Delivered = s.Delivered + (delivered ? 1 : 0),
                Failed = s.Failed + (delivered ? 0 : 1),
                LastError = delivered ? s.LastError : error,
                LastAttemptAt = time.GetUtcNow(),
            });

    public IReadOnlyList<TargetStatus> Snapshot(IReadOnlyList<WebhookTarget> targets) =>
        targets.Select((t, i) => _targets.GetValueOrDefault(i) ?? new TargetStatus(i, t.Kind, HostOf(t), 0, 0, null, null)).ToList();

    // The URL may carry an access token (DingTalk, WeCom); only the host is shown.
    private static string HostOf(WebhookTarget target) => Uri.TryCreate(target.Url, UriKind.Absolute, out var uri) ? uri.Host : "(invalid url)";
}
