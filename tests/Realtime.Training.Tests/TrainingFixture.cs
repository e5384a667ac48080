using System.Text;
using Realtime.Training.Data;

namespace Realtime.Training.Tests;

/// <summary>A tiny labelled corpus written to a temporary folder, enough for the CLI to train and evaluate on.</summary>
public sealed class TrainingFixture : IDisposable
{
    public TrainingFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "realtime-training-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        SentimentFile = Path.Combine(Directory, "sentiment.tsv");
        TopicFile = Path.Combine(Directory, "topic.tsv");
        var sentiment = new List<LabelledText>();
        var topic = new List<LabelledText>();
        for (int i = 0; i < 12; i++)
        {
            sentiment.Add(new("negative", $"terrible service, order {i} is late and broken"));
            sentiment.Add(new("negative", $"awful, I want to complain about parcel {i}"));
            sentiment.Add(new("positive", $"great product {i}, thanks a lot"));
            sentiment.Add(new("positive", $"love it, perfect item {i}"));
            sentiment.Add(new("neutral", $"where can I see order {i}?"));
            topic.Add(new("logistics", $"where is my parcel {i}, tracking shows nothing"));
            topic.Add(new("refund_return", $"I want to return item {i} and get a refund"));
            topic.Add(new("payment_invoice", $"please send the invoice for payment {i}"));
            topic.Add(new("other", $"hello {i}, thanks"));
        }

        LabelledTextFile.Write(SentimentFile, sentiment);
        LabelledTextFile.Write(TopicFile, topic);
        File.WriteAllText(
            Path.Combine(Directory, "sentiment.eval.tsv"),
            "negative\tterrible service, my parcel is broken\npositive\tgreat, thanks a lot\nneutral\twhere can I see my order?\n",
            new UTF8Encoding(false));
        SentimentEvalFile = Path.Combine(Directory, "sentiment.eval.tsv");
    }

    public string Directory { get; }

    public string SentimentFile { get; }

    public string TopicFile { get; }

    public string SentimentEvalFile { get; }

    public string[] TrainArguments(string outDirectory) =>
    [
        "--no-shared-data", "--no-seeds", "--sentiment", SentimentFile, "--topic", TopicFile,
        "--min-documents", "1", "--iterations", "10", "--out", outDirectory,
    ];

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
