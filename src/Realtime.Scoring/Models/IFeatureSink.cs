namespace Realtime.Scoring.Models;

/// <summary>Receives the hashed features <see cref="TextFeaturizer"/> finds in a text, one call per occurrence.</summary>
public interface IFeatureSink
{
    void Add(uint feature);
}
