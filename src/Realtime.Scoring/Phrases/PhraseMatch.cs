namespace Realtime.Scoring.Phrases;

/// <summary>A pattern found at <see cref="Start"/>; <see cref="Pattern"/> indexes <see cref="PhraseMatcher.Patterns"/>.</summary>
public readonly record struct PhraseMatch(int Pattern, int Start, int Length);
