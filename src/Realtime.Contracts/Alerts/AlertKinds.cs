namespace Realtime.Contracts.Alerts;

public static class AlertKinds
{
    public const string SlaWarning = "sla.warning";
    public const string SlaBreach = "sla.breach";
    public const string RepeatContact = "repeat.contact";
    public const string ComplaintRisk = "complaint.risk";
    public const string NegativeSentiment = "negative.sentiment";
    public const string BannedTerm = "banned.term";
    public const string RudeLanguage = "rude.language";
    public const string PiiLeak = "pii.leak";
    public const string MissingDisclosure = "missing.disclosure";
    public const string QaLowScore = "qa.low.score";
    public const string Escalation = "escalation";
    public const string PlatformRateLow = "platform.rate.low";
}
