using System.Text.Json;
using Realtime.Scoring.Models;
using Realtime.Training.Commands;

namespace Realtime.Training.Tests;

public sealed class CliTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    [Fact]
    public void Evaluate_prints_one_json_line_with_the_scores()
    {
        string models = Path.Combine(fixture.Directory, "models-eval");
        Assert.Equal(0, TrainCommand.Run(new CommandLine(fixture.TrainArguments(models), TrainCommand.Flags), TextWriter.Null));
        var output = new StringWriter();
        var error = new StringWriter();

        int exit = EvaluateCommand.Run(
            new CommandLine(["--task", "sentiment", "--data", fixture.SentimentEvalFile, "--models", models], new HashSet<string>()),
            output,
            error);

        Assert.Equal(0, exit);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using JsonDocument json = JsonDocument.Parse(lines[0]);
        Assert.Equal("sentiment", json.RootElement.GetProperty("task").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("n").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("accuracy").GetDouble(), 0.99, 1.0);
        Assert.InRange(json.RootElement.GetProperty("macroF1").GetDouble(), 0.99, 1.0);
        Assert.Contains("confusion", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model()
    {
        string first = Path.Combine(fixture.Directory, "models-a");
        string second = Path.Combine(fixture.Directory, "models-b");

        TrainCommand.Run(new CommandLine(fixture.TrainArguments(first), TrainCommand.Flags), TextWriter.Null);
        TrainCommand.Run(new CommandLine(fixture.TrainArguments(second), TrainCommand.Flags), TextWriter.Null);

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(first, ShippedTextModels.FileName)),
            File.ReadAllBytes(Path.Combine(second, ShippedTextModels.FileName)));
        ShippedTextModels a = ShippedTextModels.Load(first);
        ShippedTextModels b = ShippedTextModels.Load(second);
        foreach (string text in new[] { "my parcel is late", "great, thanks", "send the invoice please", "?" })
        {
            Assert.Equal(a.Predict(text), b.Predict(text));
        }
    }

    [Fact]
    public void Unknown_label_in_a_training_file_is_a_clear_error()
    {
        string bad = Path.Combine(fixture.Directory, "bad.tsv");
        File.WriteAllText(bad, "furious\tthis is bad\n");
        string[] args = ["--no-shared-data", "--no-seeds", "--sentiment", fixture.SentimentFile, "--sentiment", bad,
            "--topic", fixture.TopicFile, "--min-documents", "1", "--out", Path.Combine(fixture.Directory, "models-bad")];

        var error = Assert.Throws<InvalidDataException>(() => TrainCommand.Run(new CommandLine(args, TrainCommand.Flags), TextWriter.Null));

        Assert.Contains("furious", error.Message, StringComparison.Ordinal);
    }
}
