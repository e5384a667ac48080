namespace Realtime.Training.Learning;

/// <summary>A trained soft-max head: weights[class][column] over a <see cref="Vocabulary"/>, and one bias per class.</summary>
public sealed record LinearHead(string Name, IReadOnlyList<string> Labels, float[][] Weights, float[] Biases);
