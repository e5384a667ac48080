namespace Realtime.Scoring.Models;

/// <summary>
/// The mood, topic and complaint-risk models the server ships, read from <see cref="FileName"/> in a directory
/// (the server passes <c>Path.Combine(AppContext.BaseDirectory, "Models")</c>). Scoring is a hand-rolled linear pass
/// over the weights ML.NET trained: no <c>PredictionEngine</c>, no locks, no allocations, safe from any thread.
/// </summary>
public sealed class ShippedTextModels : ITextModels
{
    public const string FileName = "text-models.bin";
    public const string SentimentHead = "sentiment";
    public const string TopicHead = "topic";
    public const string ComplaintHead = "complaint";

    /// <summary>The complaint head's positive label; its probability is the complaint risk.</summary>
    public const string ComplaintLabel = "complaint";

    private const int MaxStackClasses = 64;

    private readonly int _sentiment;
    private readonly int _topic;
    private readonly int _complaintColumn;
    private readonly IReadOnlyList<string> _sentimentLabels;
    private readonly IReadOnlyList<string> _topicLabels;

    public ShippedTextModels(LinearTextModel model)
    {
        Model = model;
        if (model.ClassCount > MaxStackClasses)
        {
            throw new ArgumentException($"At most {MaxStackClasses} classes in all are supported.", nameof(model));
        }

        _sentiment = IndexOfHead(model, SentimentHead);
        _topic = IndexOfHead(model, TopicHead);
        int complaint = IndexOfHead(model, ComplaintHead);
        int positive = IndexOfLabel(model.Heads[complaint].Labels, ComplaintLabel);
        _complaintColumn = model.HeadOffset(complaint) + positive;
        _sentimentLabels = model.Heads[_sentiment].Labels;
        _topicLabels = model.Heads[_topic].Labels;
    }

    public LinearTextModel Model { get; }

    public static ShippedTextModels Load(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No text model file at '{path}'. Run the training CLI or restore the shipped Models folder.", path);
        }

        using FileStream stream = File.OpenRead(path);
        return new ShippedTextModels(LinearTextModelFile.Read(stream));
    }

    public TextPrediction Predict(string text)
    {
        Span<float> p = stackalloc float[MaxStackClasses];
        p = p[..Model.ClassCount];
        Model.Score(text, p);
        (int sentiment, float sentimentConfidence) = ArgMax(p.Slice(Model.HeadOffset(_sentiment), _sentimentLabels.Count));
        (int topic, float topicConfidence) = ArgMax(p.Slice(Model.HeadOffset(_topic), _topicLabels.Count));
        return new TextPrediction(
            _sentimentLabels[sentiment], sentimentConfidence, _topicLabels[topic], topicConfidence, p[_complaintColumn]);
    }

    private static (int Index, float Value) ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return (best, values[best]);
    }

    private static int IndexOfHead(LinearTextModel model, string name)
    {
        for (int i = 0; i < model.Heads.Count; i++)
        {
            if (model.Heads[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidDataException($"The model file has no '{name}' head.");
    }

    private static int IndexOfLabel(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new InvalidDataException($"The complaint head has no '{label}' label.");
    }
}
