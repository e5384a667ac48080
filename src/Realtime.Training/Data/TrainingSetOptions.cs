namespace Realtime.Training.Data;

/// <summary>What <see cref="TrainingSets.Build"/> reads. Defaults: the shared data, the committed seeds, no extra files.</summary>
public sealed class TrainingSetOptions
{
    public bool UseSharedData { get; set; } = true;

    public bool UseSeeds { get; set; } = true;

    /// <summary>Defaults to <c>../shared/data</c> next to the repository.</summary>
    public string? SharedDataDirectory { get; set; }

    /// <summary>Defaults to <c>Seeds/</c> next to the binaries.</summary>
    public string? SeedDirectory { get; set; }

    public List<string> SentimentFiles { get; } = [];

    public List<string> TopicFiles { get; } = [];

    public List<string> ComplaintFiles { get; } = [];
}
