namespace Realtime.Contracts.Scoring;

public static class Dimensions
{
    public const string Responsiveness = "responsiveness";
    public const string Resolution = "resolution";
    public const string Compliance = "compliance";
    public const string Courtesy = "courtesy";
    public const string Conversion = "conversion";

    public static readonly IReadOnlyList<string> All = [Responsiveness, Resolution, Compliance, Courtesy, Conversion];
}
