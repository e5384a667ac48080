namespace Realtime.Training.Learning;

/// <summary>The ML.NET trainers compared for each head.</summary>
public enum TrainerKind
{
    /// <summary>SDCA maximum entropy (linear, soft-max); exported to the hand-rolled scorer.</summary>
    Sdca,

    /// <summary>L-BFGS maximum entropy (linear, soft-max); exported to the hand-rolled scorer.</summary>
    Lbfgs,

    /// <summary>LightGBM gradient-boosted trees; evaluated inside ML.NET only (trees do not export to the linear scorer).</summary>
    LightGbm,
}
