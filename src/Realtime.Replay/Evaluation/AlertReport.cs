using System.Globalization;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;

namespace Realtime.Replay.Evaluation;

/// <summary>Prints <see cref="AlertScores"/> as a plain table (pasteable into docs) and, on request, the cases behind one kind.</summary>
public static class AlertReport
{
    public static void Write(TextWriter output, AlertScores scores, AlertLabels labels)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scores.Conversations} real conversations replayed, {labels.Count} judgements"));
        output.WriteLine("| alert kind | fired | fired, not judged | judged should fire | TP | FP | FN | precision | recall |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, s) in scores.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {s.Fired} | {s.FiredUnjudged} | {s.JudgedPositives} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {F(s.Precision)} | {F(s.Recall)} |"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"conversations with a critical alert: {scores.WithCritical} of {scores.Conversations} ({scores.CriticalShare:P1})"));
    }

    public static void WriteCases(TextWriter output, IEnumerable<ReplayedChat> chats, AlertLabels labels, string kind)
    {
        foreach (var chat in chats)
        {
            var fired = chat.Alerts.Where(a => a.Kind == kind).ToList();
            var label = labels.Find(chat.Dialogue.Id, kind);
            if (fired.Count == 0 && label?.Positive != true)
            {
                continue;
            }

            var verdict = (fired.Count > 0, label?.Positive) switch
            {
                (true, true) => "TP",
                (true, false) => "FP",
                (true, null) => "??",
                _ => "FN",
            };
            output.WriteLine($"{verdict} {chat.Dialogue.Id} [{label?.Expected ?? "unjudged"}] {label?.Reason}");
            foreach (var alert in fired)
            {
                output.WriteLine($"    {alert.Severity} {alert.RuleId}: {alert.Evidence}");
            }

            foreach (var e in chat.Events.Where(e => e.Type == EventTypes.Message))
            {
                var a = e.Analysis;
                var model = e.Sender == Senders.Customer && a?.Sentiment is not null
                    ? string.Create(CultureInfo.InvariantCulture, $" ({a.Sentiment} {a.SentimentConfidence:0.00}, risk {a.ComplaintRisk:0.00}, {a.Topic})")
                    : string.Empty;
                output.WriteLine($"      {(e.Sender == Senders.Customer ? "C" : "A")}: {Clip(e.Text)}{model}");
            }
        }
    }

    public static void Dump(string path, IEnumerable<ReplayedChat> chats)
    {
        using var writer = new StreamWriter(path);
        foreach (var chat in chats)
        {
            var turn = 0;
            foreach (var e in chat.Events.Where(e => e.Type == EventTypes.Message))
            {
                var a = e.Analysis;
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    id = chat.Dialogue.Id, turn = turn++, sender = e.Sender, sentiment = a?.Sentiment, confidence = a?.SentimentConfidence,
                    risk = a?.ComplaintRisk, topic = a?.Topic, topicConfidence = a?.TopicConfidence, tags = a?.Tags,
                }));
            }
        }
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 160 ? text : text[..160] + "…";
}
