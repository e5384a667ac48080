namespace Realtime.Training.Learning;

/// <summary>Training knobs; the defaults are the ones the shipped model was built with.</summary>
public sealed class ModelBuilderOptions
{
    public TrainerKind Trainer { get; set; } = TrainerKind.Sdca;

    /// <summary>An n-gram must occur in this many training texts to become a feature.</summary>
    public int MinDocuments { get; set; } = 2;

    public int MaxFeatures { get; set; } = 200_000;

    public int Seed { get; set; } = 20261123;

    /// <summary>L2 regularisation of the linear trainers.</summary>
    public float L2 { get; set; } = 1e-6f;

    /// <summary>Passes over the data (SDCA) or iterations (L-BFGS, LightGBM rounds).</summary>
    public int Iterations { get; set; } = 30;

    /// <summary>Class weights of the sentiment head: (n / (k · n_class))^power; 0 = unweighted (neutral is rare).</summary>
    public double SentimentBalance { get; set; } = 0.5;
}
