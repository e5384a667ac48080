namespace Realtime.Contracts.Events;

public static class EventLimits
{
    public const int MaxTextLength = 8000;
    public const int MaxIdLength = 128;
    public const int MinRating = 1;
    public const int MaxRating = 5;
}
