using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Alerts;

/// <summary>The outcome of an ack or resolve: the alert, or why not (<c>notFound</c> / <c>conflict</c>).</summary>
[GenerateSerializer, Immutable, Alias("alert-transition")]
public sealed record AlertTransition([property: Id(0)] Alert? Alert, [property: Id(1)] string? Error)
{
    public const string NotFound = "notFound";
    public const string Conflict = "conflict";
}
