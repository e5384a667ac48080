using System.Globalization;
using System.Text;

namespace Realtime.Training.Evaluation;

/// <summary>
/// Accuracy, per-class precision / recall / F1 and the confusion matrix of a set of predictions. Macro-F1 averages
/// the classes that occur in the gold labels (a wrong guess still costs the recall of the true class).
/// </summary>
public sealed class ClassificationReport
{
    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = [];

    public ClassificationReport(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels differ in count.", nameof(predicted));
        }

        for (int i = 0; i < gold.Count; i++)
        {
            _confusion[(gold[i], predicted[i])] = _confusion.GetValueOrDefault((gold[i], predicted[i])) + 1;
        }

        Count = gold.Count;
        GoldLabels = gold.Distinct().Order(StringComparer.Ordinal).ToList();
        AllLabels = gold.Concat(predicted).Distinct().Order(StringComparer.Ordinal).ToList();
        Accuracy = Count == 0 ? 0 : (double)_confusion.Where(p => p.Key.Gold == p.Key.Predicted).Sum(p => p.Value) / Count;
        MacroF1 = GoldLabels.Count == 0 ? 0 : GoldLabels.Average(label => Class(label).F1);
    }

    public int Count { get; }

    public double Accuracy { get; }

    public double MacroF1 { get; }

    public IReadOnlyList<string> GoldLabels { get; }

    public IReadOnlyList<string> AllLabels { get; }

    public (int Support, double Precision, double Recall, double F1) Class(string label)
    {
        int truePositive = _confusion.GetValueOrDefault((label, label));
        int support = _confusion.Where(p => p.Key.Gold == label).Sum(p => p.Value);
        int predicted = _confusion.Where(p => p.Key.Predicted == label).Sum(p => p.Value);
        double precision = predicted == 0 ? 0 : (double)truePositive / predicted;
        double recall = support == 0 ? 0 : (double)truePositive / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (support, precision, recall, f1);
    }

    public string Json(string task) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"task\":\"{task}\",\"n\":{Count},\"accuracy\":{Math.Round(Accuracy, 4)},\"macroF1\":{Math.Round(MacroF1, 4)}}}");

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"class",-18} {"support",8} {"precision",9} {"recall",7} {"f1",6}");
        foreach (string label in AllLabels)
        {
            (int support, double precision, double recall, double f1) = Class(label);
            text.AppendLine(CultureInfo.InvariantCulture, $"{label,-18} {support,8} {precision,9:F3} {recall,7:F3} {f1,6:F3}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"accuracy {Accuracy:F4}  macro-F1 {MacroF1:F4}  n {Count}");
        text.AppendLine("confusion (rows gold, columns predicted):");
        text.Append(CultureInfo.InvariantCulture, $"{"",-18}");
        foreach (string label in AllLabels)
        {
            text.Append(CultureInfo.InvariantCulture, $" {Abbreviate(label),8}");
        }

        text.AppendLine();
        foreach (string gold in AllLabels)
        {
            text.Append(CultureInfo.InvariantCulture, $"{gold,-18}");
            foreach (string predicted in AllLabels)
            {
                text.Append(CultureInfo.InvariantCulture, $" {_confusion.GetValueOrDefault((gold, predicted)),8}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Abbreviate(string label) => label.Length <= 8 ? label : label[..8];
}
