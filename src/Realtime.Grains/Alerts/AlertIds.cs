namespace Realtime.Grains.Alerts;

/// <summary>Alert ids carry their store (<c>A{seq}@{storeId}</c>) so an ack finds the right alert book.</summary>
public static class AlertIds
{
    public static string Create(long seq, string storeId) => $"A{seq:D6}@{storeId}";

    public static string? StoreOf(string alertId)
    {
        var at = alertId.IndexOf('@', StringComparison.Ordinal);
        return at > 1 && at < alertId.Length - 1 ? alertId[(at + 1)..] : null;
    }
}
