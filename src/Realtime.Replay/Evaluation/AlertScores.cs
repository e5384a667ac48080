using Realtime.Contracts.Alerts;

namespace Realtime.Replay.Evaluation;

/// <summary>Precision and recall of each alert kind over the judged conversations, and the share with a critical alert.</summary>
public sealed class AlertScores
{
    /// <summary>The row that scores only critical complaint alerts against the conversations judged <c>critical</c>.</summary>
    public const string ComplaintCritical = "complaint.risk/critical";

    private readonly Dictionary<string, KindScore> _kinds = new(StringComparer.Ordinal);

    public int Conversations { get; private set; }

    public int WithCritical { get; private set; }

    public IReadOnlyDictionary<string, KindScore> Kinds => _kinds;

    public double CriticalShare => Conversations == 0 ? 0 : (double)WithCritical / Conversations;

    public static AlertScores Compute(IEnumerable<ReplayedChat> chats, AlertLabels labels)
    {
        var scores = new AlertScores();
        foreach (var chat in chats)
        {
            scores.Add(chat, labels);
        }

        return scores;
    }

    private void Add(ReplayedChat chat, AlertLabels labels)
    {
        Conversations++;
        if (chat.Alerts.Any(a => a.Severity == Severities.Critical))
        {
            WithCritical++;
        }

        var id = chat.Dialogue.Id;
        var kinds = chat.Alerts.Select(a => a.Kind).Concat(labels.All.Where(l => l.Id == id).Select(l => l.Kind)).Distinct();
        foreach (var kind in kinds)
        {
            var fired = chat.Alerts.Where(a => a.Kind == kind).ToList();
            var label = labels.Find(id, kind);
            Score(kind).Add(fired.Count > 0, label?.Positive);
            if (kind == AlertKinds.ComplaintRisk)
            {
                Score(ComplaintCritical).Add(
                    fired.Any(a => a.Severity == Severities.Critical), label is null ? null : label.Expected == AlertLabels.Critical);
            }
        }
    }

    private KindScore Score(string kind)
    {
        if (!_kinds.TryGetValue(kind, out var score))
        {
            _kinds[kind] = score = new KindScore();
        }

        return score;
    }
}

/// <summary>Counts of one alert kind: fired at all, and over the judged conversations true/false positives and misses.</summary>
public sealed class KindScore
{
    public int Fired { get; private set; }

    public int FiredUnjudged { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int JudgedPositives => TruePositives + FalseNegatives;

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => JudgedPositives == 0 ? null : (double)TruePositives / JudgedPositives;

    internal void Add(bool fired, bool? expected)
    {
        Fired += fired ? 1 : 0;
        switch (fired, expected)
        {
            case (true, null):
                FiredUnjudged++;
                break;
            case (true, true):
                TruePositives++;
                break;
            case (true, false):
                FalsePositives++;
                break;
            case (false, true):
                FalseNegatives++;
                break;
        }
    }
}
