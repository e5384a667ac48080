namespace Realtime.Grains.Conversations;

/// <summary>Points taken per conversation-level finding (message-level points live in the scoring library).</summary>
public static class ScorecardPoints
{
    public const double SlaWarning = 5;
    public const double SlaBreach = 15;
    public const double MissingGreeting = 5;
    public const double MissingClosing = 5;
    public const double MissingApology = 10;
    public const double MissingDisclosure = 10;
    public const double CsatVeryLow = 30;
    public const double CsatLow = 10;
    public const double CloseWithoutReply = 20;
}
