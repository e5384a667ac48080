namespace Realtime.Grains;

/// <summary>
/// Grain references kept by key, for a grain that calls the same grains batch after batch. One per activation: not
/// thread-safe.
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
    /// A grain reference by string key without Orleans 10.4's per-call interface resolution: its <c>GetGrain</c> reads
    /// the interface's attributes on every call (4.5 % of the server's CPU at the top e2e rate, newer Orleans caches
    /// it). The grain and interface types are resolved once per interface; every reference after that is built from them.
    /// </summary>
    public static T Reference<T>(this IGrainFactory grains, string key)
        where T : IGrainWithStringKey
    {
        if (Resolved<T>.Types is { } types)
        {
            return (T)grains.GetGrain(GrainId.Create(types.Grain, IdSpan.Create(key)), types.Interface);
        }

        var first = grains.GetGrain<T>(key);
        var reference = (GrainReference)(object)first;
        Resolved<T>.Types = (reference.GrainId.Type, reference.InterfaceType);
        return first;
    }

    /// <summary>
    /// A one-slot <see cref="GrainReferences{T}"/>, for a grain that almost always calls the same one (a conversation's
    /// agent, its store's alert book) and has thousands of activations: the kept reference when its key matches, else
    /// a new one, kept instead.
    /// </summary>
    public static T Kept<T>(ref (string Key, T Grain)? slot, string key, IGrainFactory grains)
        where T : IGrainWithStringKey =>
        slot is { } kept && kept.Key == key ? kept.Grain : (slot = (key, grains.Reference<T>(key))).Value.Grain;

    private static class Resolved<T>
    {
        public static (GrainType Grain, GrainInterfaceType Interface)? Types;
    }
}
