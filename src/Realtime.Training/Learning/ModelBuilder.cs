using Realtime.Scoring.Models;
using Realtime.Training.Data;

namespace Realtime.Training.Learning;

/// <summary>Trains the three heads over one shared vocabulary and packs them into the shipped <see cref="LinearTextModel"/>.</summary>
public sealed class ModelBuilder(ModelBuilderOptions options, TextWriter log)
{
    public LinearTextModel Build(TrainingSets sets)
    {
        var heads = new (string Name, IReadOnlyList<string> Labels, List<LabelledText> Examples, double Balance)[]
        {
            (ShippedTextModels.SentimentHead, SentimentLabels.All, sets.Sentiment, options.SentimentBalance),
            (ShippedTextModels.TopicHead, TopicLabels.All, sets.Topic, 1.0),
            (ShippedTextModels.ComplaintHead, SentimentLabels.Complaint, sets.Complaint, 0.0),
        };
        foreach ((string name, _, List<LabelledText> examples, _) in heads)
        {
            if (examples.Select(e => e.Label).Distinct().Count() < 2)
            {
                throw new InvalidDataException($"The {name} head needs examples of at least two labels; it has {examples.Count} examples.");
            }
        }

        Vocabulary vocabulary = Vocabulary.Build(
            heads.SelectMany(h => h.Examples).Select(e => e.Text), options.MinDocuments, options.MaxFeatures);
        log.WriteLine($"vocabulary: {vocabulary.Count} features (min {options.MinDocuments} documents, max {options.MaxFeatures})");
        var trainer = new HeadTrainer(vocabulary, options);
        var trained = new List<LinearHead>();
        foreach ((string name, IReadOnlyList<string> labels, List<LabelledText> examples, double balance) in heads)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            trained.Add(trainer.TrainLinear(name, labels, examples, options.Trainer, balance));
            log.WriteLine($"{name}: {examples.Count} examples, {options.Trainer}, {started.Elapsed.TotalSeconds:F1} s");
        }

        return Pack(vocabulary, trained);
    }

    private static LinearTextModel Pack(Vocabulary vocabulary, List<LinearHead> heads)
    {
        int classes = heads.Sum(h => h.Labels.Count);
        var weights = new float[vocabulary.Count * classes];
        var biases = new float[classes];
        int column = 0;
        foreach (LinearHead head in heads)
        {
            for (int k = 0; k < head.Labels.Count; k++, column++)
            {
                biases[column] = head.Biases[k];
                for (int row = 0; row < vocabulary.Count; row++)
                {
                    weights[(row * classes) + column] = head.Weights[k][row];
                }
            }
        }

        return new LinearTextModel(
            heads.Select(h => new TextModelHead(h.Name, h.Labels)).ToList(), vocabulary.Features, weights, biases);
    }
}
