namespace Realtime.Grains.Alerts;

/// <summary>Alert ids carry their store (<c>A{seq}@{storeId}</c>) so an ack finds the right alert book.</summary>
public static class AlertIds
{
    public static string Create(long seq, string storeId) => $"A{seq:D6}@{storeId}";

    /// <summary>The number of an alert id made by <see cref="Create"/>, or -1.</summary>
    public static long SeqOf(string alertId)
    {
        var at = alertId.IndexOf('@', StringComparison.Ordinal);
        return at > 1 && alertId[0] == 'A' && long.TryParse(alertId.AsSpan(1, at - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq)
            ? seq
            : -1;
    }

    public static string? StoreOf(string alertId)
    {
        var at = alertId.IndexOf('@', StringComparison.Ordinal);
        return at > 1 && at < alertId.Length - 1 ? alertId[(at + 1)..] : null;
    }
}
