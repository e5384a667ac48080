using Realtime.Contracts.Alerts;

namespace Realtime.Grains.Incidents;

/// <summary>Which subject an alert is about: its customer for <c>repeat.contact</c>, the store's platform rates for <c>platform.rate.low</c>, else its conversation.</summary>
public static class IncidentSubjects
{
    public static string KeyOf(string kind, string? conversationId, string? customerId) =>
        kind == AlertKinds.RepeatContact && customerId is not null ? $"customer:{customerId}"
        : kind == AlertKinds.PlatformRateLow ? "platformRates"
        : conversationId is not null ? $"conversation:{conversationId}"
        : customerId is not null ? $"customer:{customerId}"
        : "store";

    /// <summary>Incident ids carry their store (<c>I{seq}@{storeId}</c>) so an ack finds the right book.</summary>
    public static string CreateId(long seq, string storeId) => $"I{seq:D6}@{storeId}";

    public static string? StoreOf(string incidentId)
    {
        var at = incidentId.IndexOf('@', StringComparison.Ordinal);
        return incidentId.StartsWith('I') && at > 1 && at < incidentId.Length - 1 ? incidentId[(at + 1)..] : null;
    }
}
