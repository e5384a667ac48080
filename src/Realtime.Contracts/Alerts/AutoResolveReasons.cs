namespace Realtime.Contracts.Alerts;

/// <summary>Why an alert resolved itself (<c>resolvedReason</c>); also the message keys of the reasons.</summary>
public static class AutoResolveReasons
{
    /// <summary>The customer's wait was answered.</summary>
    public const string Answered = "answered";

    /// <summary>An SLA warning whose wait went on to breach: the breach alert carries it now.</summary>
    public const string SupersededByBreach = "supersededByBreach";

    /// <summary>A weaker repeat-contact rule matched the same contacts as a stronger one (inhibition).</summary>
    public const string InhibitedByStrongerRule = "inhibitedByStrongerRule";

    /// <summary>The customer's mood recovered.</summary>
    public const string MoodRecovered = "moodRecovered";

    /// <summary>The conversation closed with a scorecard above the threshold and no compliance finding.</summary>
    public const string ClosedWell = "closedWell";

    /// <summary>A platform response rate is back at or above its warning line.</summary>
    public const string RateRecovered = "rateRecovered";
}
