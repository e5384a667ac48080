using Realtime.Scoring.Models;
using Realtime.Training.Data;
using Realtime.Training.Learning;

namespace Realtime.Training.Commands;

/// <summary>
/// <c>train [--out DIR] [--data DIR] [--no-shared-data] [--no-seeds] [--sentiment FILE]… [--topic FILE]…
/// [--complaint FILE]… [--trainer sdca|lbfgs] [--max-features N] [--min-documents N] [--l2 X] [--iterations N] [--sentiment-balance POWER]
/// [--heldout DIR]</c>: builds <c>text-models.bin</c> (default into src/Realtime.Server/Models).
/// </summary>
public static class TrainCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string> { "no-shared-data", "no-seeds" };

    public static int Run(CommandLine options, TextWriter error)
    {
        TrainingSets sets = TrainingSets.Build(SetOptions(options));
        error.WriteLine($"examples: sentiment {sets.Sentiment.Count}, topic {sets.Topic.Count}, complaint {sets.Complaint.Count}");
        error.WriteLine($"derived: zh neutral held out {sets.HeldOutChineseNeutral.Count}, weak topic held out {sets.HeldOutWeakTopic.Count}");
        if (options.Value("heldout") is { } heldOut)
        {
            Directory.CreateDirectory(heldOut);
            LabelledTextFile.Write(Path.Combine(heldOut, "sentiment.zh-neutral.tsv"), sets.HeldOutChineseNeutral);
            LabelledTextFile.Write(Path.Combine(heldOut, "topic.weak-zh.tsv"), sets.HeldOutWeakTopic);
        }

        LinearTextModel model = new ModelBuilder(BuilderOptions(options), error).Build(sets);
        string directory = options.Value("out") ?? DataLocations.ShippedModels();
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, ShippedTextModels.FileName);
        using (FileStream stream = File.Create(path))
        {
            LinearTextModelFile.Write(model, stream);
        }

        error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
        return 0;
    }

    public static TrainingSetOptions SetOptions(CommandLine options)
    {
        var set = new TrainingSetOptions
        {
            UseSharedData = !options.Flag("no-shared-data"),
            UseSeeds = !options.Flag("no-seeds"),
            SharedDataDirectory = options.Value("data"),
        };
        set.SentimentFiles.AddRange(options.Values("sentiment"));
        set.TopicFiles.AddRange(options.Values("topic"));
        set.ComplaintFiles.AddRange(options.Values("complaint"));
        return set;
    }

    public static ModelBuilderOptions BuilderOptions(CommandLine options)
    {
        var builder = new ModelBuilderOptions();
        if (options.Value("trainer") is { } trainer)
        {
            builder.Trainer = Enum.Parse<TrainerKind>(trainer, ignoreCase: true);
        }

        if (options.Value("max-features") is { } max)
        {
            builder.MaxFeatures = int.Parse(max, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (options.Value("min-documents") is { } min)
        {
            builder.MinDocuments = int.Parse(min, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (options.Value("sentiment-balance") is { } power)
        {
            builder.SentimentBalance = double.Parse(power, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (options.Value("l2") is { } l2)
        {
            builder.L2 = float.Parse(l2, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (options.Value("iterations") is { } iterations)
        {
            builder.Iterations = int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture);
        }

        return builder;
    }
}
