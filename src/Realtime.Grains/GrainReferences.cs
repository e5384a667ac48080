namespace Realtime.Grains;

/// <summary>
/// Grain references kept by key. Orleans 10.4's <c>GetGrain</c> resolves the grain interface by reflection on every call
/// (its attributes read again each time: 4.5 % of the server's CPU at the top e2e rate), so a grain that calls the
/// same grains batch after batch keeps their references. One per activation: not thread-safe.
/// </summary>
public sealed class GrainReferences<T>(Func<string, T> create)
    where T : class
{
    private readonly Dictionary<string, T> _references = new(StringComparer.Ordinal);

    public T this[string key] => _references.TryGetValue(key, out var reference) ? reference : _references[key] = create(key);
}

public static class GrainReferences
{
    /// <summary>
    /// A one-slot <see cref="GrainReferences{T}"/>, for a grain that almost always calls the same one (a conversation's
    /// agent, its store's alert book) and has thousands of activations: the kept reference when its key matches, else
    /// a new one, kept instead.
    /// </summary>
    public static T Kept<T>(ref (string Key, T Grain)? slot, string key, IGrainFactory grains)
        where T : IGrainWithStringKey =>
        slot is { } kept && kept.Key == key ? kept.Grain : (slot = (key, grains.GetGrain<T>(key))).Value.Grain;
}
