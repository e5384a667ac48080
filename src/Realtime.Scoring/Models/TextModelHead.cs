namespace Realtime.Scoring.Models;

/// <summary>One classifier inside a <see cref="LinearTextModel"/>: its name and its labels in weight-column order.</summary>
public sealed record TextModelHead(string Name, IReadOnlyList<string> Labels);
