namespace Realtime.Server.Demo;

/// <summary><c>Demo:*</c>: the built-in simulator that keeps the wallboard alive.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; } = true;

    /// <summary>Conversations running at once.</summary>
    public int Conversations { get; set; } = 16;

    /// <summary>Time compression: 2 plays every pause twice as fast.</summary>
    public double Speed { get; set; } = 1;

    public int Agents { get; set; } = 12;

    /// <summary>Distinct customers; a small pool makes repeat contacts happen.</summary>
    public int Customers { get; set; } = 60;
}
