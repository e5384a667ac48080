using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Realtime.Training.Data;

namespace Realtime.Training.Learning;

/// <summary>
/// Trains one classifier head with ML.NET over <see cref="Vocabulary"/> features. Everything is seeded and
/// single-threaded, so the same examples give the same weights.
/// </summary>
public sealed class HeadTrainer(Vocabulary vocabulary, ModelBuilderOptions options)
{
    private readonly MLContext _ml = new(options.Seed);

    public LinearHead TrainLinear(string name, IReadOnlyList<string> labels, IReadOnlyList<LabelledText> examples, TrainerKind kind, double balance)
    {
        var chain = (TransformerChain<ITransformer>)Fit(labels, examples, kind, balance);
        var linear = (MulticlassPredictionTransformer<MaximumEntropyModelParameters>)chain.LastTransformer;
        VBuffer<float>[] weights = [];
        linear.Model.GetWeights(ref weights, out int classes);
        var dense = new float[classes][];
        for (int k = 0; k < classes; k++)
        {
            dense[k] = new float[vocabulary.Count];
            weights[k].CopyTo(dense[k]);
        }

        return new LinearHead(name, labels, dense, linear.Model.GetBiases().ToArray());
    }

    /// <summary>Fits a model and returns its predicted class index for each test text (used to compare trainers).</summary>
    public int[] FitAndPredict(IReadOnlyList<string> labels, IReadOnlyList<LabelledText> train, IReadOnlyList<string> test, TrainerKind kind, double balance)
    {
        ITransformer model = Fit(labels, train, kind, balance);
        IDataView scored = model.Transform(Load(test.Select(t => new LabelledText(labels[0], t)).ToList(), labels, balance: 0));
        return scored.GetColumn<uint>("PredictedLabel").Select(key => (int)key - 1).ToArray();
    }

    private ITransformer Fit(IReadOnlyList<string> labels, IReadOnlyList<LabelledText> examples, TrainerKind kind, double balance)
    {
        IDataView data = _ml.Data.Cache(Load(examples, labels, balance));
        IEstimator<ITransformer> trainer = kind switch
        {
            TrainerKind.Sdca => _ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.Iterations,
                L2Regularization = options.L2,
                L1Regularization = 0f,
                Shuffle = true,
            }),
            TrainerKind.Lbfgs => _ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                NumberOfThreads = 1,
                L2Regularization = options.L2,
                L1Regularization = 0f,
                MaximumNumberOfIterations = options.Iterations * 10,
            }),
            TrainerKind.LightGbm => _ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                NumberOfThreads = 1,
                Seed = options.Seed,
                NumberOfIterations = options.Iterations * 5,
                NumberOfLeaves = 63,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.2,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        IDataView keyOrder = _ml.Data.LoadFromEnumerable(labels.Select(label => new KeyRow { Label = label }));
        return _ml.Transforms.Conversion.MapValueToKey(nameof(FeatureRow.Label), keyData: keyOrder)
            .Append(trainer)
            .Fit(data);
    }

    private IDataView Load(IReadOnlyList<LabelledText> examples, IReadOnlyList<string> labels, double balance)
    {
        var known = new HashSet<string>(labels);

        var classWeight = new Dictionary<string, float>();
        foreach (IGrouping<string, LabelledText> group in examples.GroupBy(e => e.Label))
        {
            classWeight[group.Key] = (float)Math.Pow((double)examples.Count / (labels.Count * group.Count()), balance);
        }

        var rows = new List<FeatureRow>(examples.Count);
        foreach (LabelledText example in examples)
        {
            if (!known.Contains(example.Label))
            {
                throw new InvalidDataException($"Label '{example.Label}' is not one of: {string.Join(", ", labels)}.");
            }

            (int[] indices, float[] values) = vocabulary.Vectorize(example.Text);
            rows.Add(new FeatureRow
            {
                Label = example.Label,
                Features = new VBuffer<float>(vocabulary.Count, indices.Length, values, indices),
                Weight = classWeight[example.Label],
            });
        }

        SchemaDefinition schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        return _ml.Data.LoadFromEnumerable(rows, schema);
    }

    private sealed class KeyRow
    {
        public string Label { get; set; } = "";
    }
}
