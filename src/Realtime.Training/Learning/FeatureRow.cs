using Microsoft.ML.Data;

namespace Realtime.Training.Learning;

/// <summary>One row handed to ML.NET: the label and the sparse feature vector.</summary>
public sealed class FeatureRow
{
    public string Label { get; set; } = "";

    public VBuffer<float> Features { get; set; }

    public float Weight { get; set; }
}
