namespace Realtime.Scoring.Rules;

/// <summary>
/// Points a single agent (or bot) message loses, by rule. Each dimension of a scorecard starts at 100; a conversation-level
/// rule (SLA, missing greeting, …) is scored by the grains, these are the message-level ones.
/// </summary>
public static class DeductionPoints
{
    /// <summary>Compliance, per distinct banned phrase (absolute claims such as 全网最低价 break China's advertising law).</summary>
    public const double BannedTerm = 10;

    /// <summary>Courtesy, per distinct rude phrase.</summary>
    public const double RudeLanguage = 20;

    /// <summary>Courtesy, per distinct dismissive (buck-passing, brush-off) phrase.</summary>
    public const double DismissiveLanguage = 15;

    /// <summary>Compliance, per kind of personal data (phone, card, ID, e-mail, address) sent in full.</summary>
    public const double PiiLeak = 15;
}
