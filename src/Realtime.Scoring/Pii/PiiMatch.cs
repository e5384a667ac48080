namespace Realtime.Scoring.Pii;

/// <summary>Personal data of <see cref="Kind"/> (a <see cref="PiiKinds"/> value) at <see cref="Start"/>.</summary>
public readonly record struct PiiMatch(string Kind, int Start, int Length)
{
    public int End => Start + Length;
}
