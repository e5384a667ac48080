namespace Realtime.Training.Data;

/// <summary>One training or evaluation example: a label and the text it belongs to.</summary>
public sealed record LabelledText(string Label, string Text);
