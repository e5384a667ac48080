namespace Realtime.Contracts.Alerts;

/// <summary>The <c>resolvedBy</c> of an alert nobody had to resolve.</summary>
public static class AlertResolvers
{
    public const string System = "system";
}
