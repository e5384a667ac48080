namespace Realtime.Grains.Incidents;

/// <summary>An alert that no longer applies, by the condition that raised it, and why (<c>AutoResolveReasons</c>).</summary>
[GenerateSerializer, Immutable, Alias("system-resolution")]
public sealed record SystemResolution([property: Id(0)] string ConditionKey, [property: Id(1)] string Reason);
