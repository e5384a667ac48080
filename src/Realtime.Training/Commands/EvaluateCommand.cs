using Realtime.Scoring.Models;
using Realtime.Training.Data;
using Realtime.Training.Evaluation;

namespace Realtime.Training.Commands;

/// <summary>
/// <c>evaluate --task sentiment|topic|complaint (--data FILE | --turns FILE [--shared DIR]) [--models DIR]</c>: scores a
/// <c>label&lt;TAB&gt;text</c> file, or a <c>label&lt;TAB&gt;dialogueId#turn</c> file of real chat turns read from the shared data,
/// with the shipped model (src/Realtime.Server/Models unless --models), one JSON line on stdout, the table on stderr.
/// Topic files may use Bitext's labels; they are mapped to the contract's first. Complaint files use none|complaint
/// and a risk threshold of 0.5; a sentiment file scores the complaint head with negative as complaint.
/// </summary>
public static class EvaluateCommand
{
    public static int Run(CommandLine options, TextWriter output, TextWriter error)
    {
        string task = options.Required("task");
        List<LabelledText> examples = options.Value("turns") is { } turns
            ? DialogueTurnReferences.Resolve(LabelledTextFile.Read(turns), options.Value("shared") ?? DataLocations.SharedData())
            : LabelledTextFile.Read(options.Required("data"));
        ShippedTextModels models = ShippedTextModels.Load(options.Value("models") ?? DataLocations.ShippedModels());
        var gold = new List<string>(examples.Count);
        var predicted = new List<string>(examples.Count);
        foreach (LabelledText example in examples)
        {
            TextPrediction prediction = models.Predict(example.Text);
            switch (task)
            {
                case "sentiment":
                    gold.Add(example.Label);
                    predicted.Add(prediction.Sentiment);
                    break;
                case "topic":
                    gold.Add(TopicLabels.ToContract(example.Label));
                    predicted.Add(prediction.Topic);
                    break;
                case "complaint":
                    gold.Add(example.Label is "negative" or ShippedTextModels.ComplaintLabel ? ShippedTextModels.ComplaintLabel : "none");
                    predicted.Add(prediction.ComplaintRisk >= 0.5 ? ShippedTextModels.ComplaintLabel : "none");
                    break;
                default:
                    throw new ArgumentException($"Unknown task '{task}': use sentiment, topic or complaint.");
            }
        }

        var report = new ClassificationReport(gold, predicted);
        output.WriteLine(report.Json(task));
        error.Write(report.Table());
        return 0;
    }
}
