using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Alerts;

[GenerateSerializer, Immutable, Alias("raised-alert")]
public sealed record RaisedAlert([property: Id(0)] string ConditionKey, [property: Id(1)] Alert Alert, [property: Id(2)] bool IsNew);
