using System.Diagnostics;
using System.Globalization;
using Realtime.Training.Data;
using Realtime.Training.Evaluation;
using Realtime.Training.Learning;

namespace Realtime.Training.Commands;

/// <summary>
/// <c>compare --task … --test FILE…</c>: trains the task's head with each trainer (SDCA, L-BFGS maximum entropy,
/// LightGBM) on the same features and prints accuracy / macro-F1 on each test file, plus training time.
/// </summary>
public static class CompareCommand
{
    public static int Run(CommandLine options, TextWriter output, TextWriter error)
    {
        string task = options.Required("task");
        TrainingSets sets = TrainingSets.Build(TrainCommand.SetOptions(options));
        (IReadOnlyList<string> labels, List<LabelledText> train, double balance) = task switch
        {
            "sentiment" => (SentimentLabels.All, sets.Sentiment, TrainCommand.BuilderOptions(options).SentimentBalance),
            "topic" => (TopicLabels.All, sets.Topic, 1.0),
            "complaint" => (SentimentLabels.Complaint, sets.Complaint, 0.0),
            _ => throw new ArgumentException($"Unknown task '{task}'."),
        };
        if (options.Value("max-rows") is { } maxRows)
        {
            int max = int.Parse(maxRows, CultureInfo.InvariantCulture);
            train = train.Where(e => !HoldOut.IsHeldOut("subsample" + e.Text)).Take(max).ToList();
        }

        ModelBuilderOptions builder = TrainCommand.BuilderOptions(options);
        Vocabulary vocabulary = Vocabulary.Build(train.Select(e => e.Text), builder.MinDocuments, builder.MaxFeatures);
        var trainer = new HeadTrainer(vocabulary, builder);
        var tests = options.Values("test").Select(f => (File: f, Examples: LabelledTextFile.Read(f))).ToList();
        string[] kinds = (options.Value("trainers") ?? "sdca,lbfgs,lightgbm").Split(',');
        output.WriteLine($"task {task}: {train.Count} training examples, {vocabulary.Count} features");
        foreach (string name in kinds)
        {
            TrainerKind kind = Enum.Parse<TrainerKind>(name, ignoreCase: true);
            var started = Stopwatch.StartNew();
            List<string> texts = tests.SelectMany(t => t.Examples).Select(e => e.Text).ToList();
            int[] predicted = trainer.FitAndPredict(labels, train, texts, kind, balance);
            double seconds = started.Elapsed.TotalSeconds;
            int offset = 0;
            foreach ((string file, List<LabelledText> examples) in tests)
            {
                List<string> gold = examples.Select(e => task == "topic" ? TopicLabels.ToContract(e.Label) : e.Label).ToList();
                List<string> guesses = predicted.Skip(offset).Take(examples.Count).Select(k => labels[k]).ToList();
                offset += examples.Count;
                var report = new ClassificationReport(gold, guesses);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{kind,-9} {Path.GetFileName(file),-28} n {report.Count,6}  accuracy {report.Accuracy:F4}  macroF1 {report.MacroF1:F4}  (train+predict {seconds:F0} s)"));
                error.Write(report.Table());
            }
        }

        return 0;
    }
}
