namespace Realtime.Grains;

/// <summary>The one grain storage every grain uses; the server registers it as memory, Redis or Azure Table.</summary>
public static class GrainStorage
{
    public const string Name = "realtime";
}
