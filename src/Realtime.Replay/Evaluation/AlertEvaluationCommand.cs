using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;

namespace Realtime.Replay.Evaluation;

/// <summary>
/// <c>evaluate-alerts [--data DIR] [--models DIR] [--labels FILE] [--show KIND] [--dump FILE]</c>: replays every real dialogue
/// through the real scoring with the default ruleset and prints, per alert kind, how often it fired and its
/// precision / recall on the judged set, then the share of conversations with a critical alert. <c>--show KIND</c>
/// lists each fired (and each missed) alert of a kind with its judgement and evidence, for reading.
/// </summary>
public static class AlertEvaluationCommand
{
    public const string Name = "evaluate-alerts";

    public const string Usage = """
        usage: Realtime.Replay evaluate-alerts [--data DIR] [--models DIR] [--labels FILE] [--show KIND]
          --data DIR     shared data folder holding dialogues/ (default ../shared/data beside the repository)
          --models DIR   folder with text-models.bin (default src/Realtime.Server/Models)
          --labels FILE  judged set (default Evaluation/real-chat-labels.tsv next to the binaries)
          --show KIND    list every fired or missed alert of KIND (complaint.risk, negative.sentiment, ...)
          --dump FILE    write every scored message (JSON Lines: id, turn, sender, mood, risk, topic, tags) for analysis
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string? data = null, models = null, labelsPath = null, show = null, dump = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when value is not null: data = value; i++; break;
                case "--models" when value is not null: models = value; i++; break;
                case "--labels" when value is not null: labelsPath = value; i++; break;
                case "--show" when value is not null: show = value; i++; break;
                case "--dump" when value is not null: dump = value; i++; break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option {args[i]}");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        var dialogues = RealChats.Read(data ?? RealChats.DefaultDataDirectory());
        var labels = AlertLabels.Read(labelsPath ?? AlertLabels.DefaultPath());
        var replayer = new ChatReplayer(
            new MessageScorer(ShippedTextModels.Load(models ?? RealChats.DefaultModelsDirectory())), DefaultRulesets.For("default"));
        var chats = dialogues.AsParallel().AsOrdered().Select(replayer.Replay).ToList();
        var scores = AlertScores.Compute(chats, labels);
        AlertReport.Write(output, scores, labels);
        if (dump is not null)
        {
            AlertReport.Dump(dump, chats);
        }

        if (show is not null)
        {
            AlertReport.WriteCases(output, chats, labels, show);
        }

        return 0;
    }
}
