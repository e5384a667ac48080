namespace Realtime.Replay.Evaluation;

/// <summary>
/// The judged real-chat set: one line per (conversation, alert kind), <c>id&lt;TAB&gt;kind&lt;TAB&gt;expected&lt;TAB&gt;reason</c>.
/// <c>expected</c> is <c>yes</c> or <c>no</c>; for <c>complaint.risk</c> it is <c>critical</c> (an explicit threat or
/// abuse), <c>warning</c> (at risk without explicit evidence) or <c>none</c>. <c>#</c> starts a comment line.
/// </summary>
public sealed class AlertLabels
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Critical = "critical";
    public const string Warning = "warning";
    public const string None = "none";

    private readonly Dictionary<(string Id, string Kind), AlertLabel> _labels;

    private AlertLabels(Dictionary<(string Id, string Kind), AlertLabel> labels) => _labels = labels;

    public int Count => _labels.Count;

    public IEnumerable<AlertLabel> All => _labels.Values;

    public AlertLabel? Find(string id, string kind) => _labels.GetValueOrDefault((id, kind));

    public static AlertLabels Read(string path)
    {
        var labels = new Dictionary<(string, string), AlertLabel>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 4 || !IsKnown(parts[1], parts[2]))
            {
                throw new InvalidDataException($"{path}:{number}: expected id, kind, yes|no (critical|warning|none for complaint.risk), reason");
            }

            if (!labels.TryAdd((parts[0], parts[1]), new AlertLabel(parts[0], parts[1], parts[2], parts[3])))
            {
                throw new InvalidDataException($"{path}:{number}: {parts[0]} {parts[1]} is labelled twice");
            }
        }

        return new AlertLabels(labels);
    }

    /// <summary>The committed set next to the binaries.</summary>
    public static string DefaultPath() => Path.Combine(AppContext.BaseDirectory, "Evaluation", "real-chat-labels.tsv");

    private static bool IsKnown(string kind, string expected) => kind == Realtime.Contracts.Alerts.AlertKinds.ComplaintRisk
        ? expected is Critical or Warning or None
        : expected is Yes or No;
}

/// <summary>One judgement: should <see cref="Kind"/> fire on conversation <see cref="Id"/>, and why.</summary>
public sealed record AlertLabel(string Id, string Kind, string Expected, string Reason)
{
    /// <summary>True when the alert should fire at any severity.</summary>
    public bool Positive => Expected is AlertLabels.Yes or AlertLabels.Critical or AlertLabels.Warning;
}
