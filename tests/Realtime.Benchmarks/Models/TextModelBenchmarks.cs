using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using Realtime.Scoring.Models;

namespace Realtime.Benchmarks.Models;

/// <summary>
/// Cost per customer message of the models. <c>HandRolled_three_models</c> is what the server runs: the shipped
/// file, one featuriser pass, mood + topic + complaint risk together. <c>MlNet_pooled_engine_one_model</c> is the
/// alternative the issue names: an ML.NET text pipeline (FeaturizeText with word and character n-grams + SDCA
/// maximum entropy, trained in set-up on 5,000 sentiment lines) scored through a pool of PredictionEngines, for ONE
/// model — three models would cost about three times as much. Figures are per message (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class TextModelBenchmarks
{
    private const int Batch = 4_096;

    private string[] _messages = [];
    private ShippedTextModels _shipped = null!;
    private PredictionEnginePool _pool = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] turns = ModelCorpus.CustomerTurns();
        if (turns.Length < Batch)
        {
            throw new InvalidOperationException($"Only {turns.Length} customer turns found; need {Batch}.");
        }

        _messages = turns[..Batch];
        _shipped = ShippedTextModels.Load(ModelCorpus.ShippedModels());
        TextPrediction check = _shipped.Predict("where is my parcel? tracking has not moved");
        if (check.Topic != "logistics")
        {
            throw new InvalidOperationException($"The shipped model scored a delivery question as {check.Topic}.");
        }

        _pool = PredictionEnginePool.Train(Path.Combine(ModelCorpus.SharedData(), "sentiment", "train.tsv"), 5_000);
        Console.WriteLine($"// {_messages.Length} customer turns, {_messages.Average(m => m.Length):F1} chars average; shipped model: {_shipped.Model.ClassCount} classes");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double HandRolled_three_models()
    {
        double sum = 0;
        foreach (string message in _messages)
        {
            sum += _shipped.Predict(message).ComplaintRisk;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public float MlNet_pooled_engine_one_model()
    {
        float sum = 0;
        foreach (string message in _messages)
        {
            sum += _pool.Predict(message);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Featurise_only()
    {
        int total = 0;
        foreach (string message in _messages)
        {
            var sink = new CountingSink();
            TextFeaturizer.Featurize(message, ref sink);
            total += sink.Count;
        }

        return total;
    }

    private struct CountingSink : IFeatureSink
    {
        public int Count { get; private set; }

        public void Add(uint feature) => Count++;
    }

    private sealed class PredictionEnginePool
    {
        private readonly MLContext _ml;
        private readonly ITransformer _model;
        private readonly ConcurrentBag<PredictionEngine<Input, Output>> _engines = [];

        private PredictionEnginePool(MLContext ml, ITransformer model)
        {
            _ml = ml;
            _model = model;
        }

        public static PredictionEnginePool Train(string file, int rows)
        {
            var ml = new MLContext(seed: 1);
            List<Input> data = File.ReadLines(file)
                .Select(line => line.Split('\t', 2))
                .Where(parts => parts.Length == 2)
                .Take(rows)
                .Select(parts => new Input { Label = parts[0], Text = parts[1] })
                .ToList();
            var options = new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2 },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3 },
            };
            ITransformer model = ml.Transforms.Conversion.MapValueToKey("Label")
                .Append(ml.Transforms.Text.FeaturizeText("Features", options, nameof(Input.Text)))
                .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 5))
                .Fit(ml.Data.LoadFromEnumerable(data));
            return new PredictionEnginePool(ml, model);
        }

        public float Predict(string text)
        {
            if (!_engines.TryTake(out PredictionEngine<Input, Output>? engine))
            {
                engine = _ml.Model.CreatePredictionEngine<Input, Output>(_model);
            }

            try
            {
                return engine.Predict(new Input { Text = text }).Score[0];
            }
            finally
            {
                _engines.Add(engine);
            }
        }
    }

    private sealed class Input
    {
        public string Label { get; set; } = "";

        public string Text { get; set; } = "";
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }
}
