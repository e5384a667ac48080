namespace Realtime.Grains;

public static class GrainReferences
{
    /// <summary>
    /// A grain reference by string key without Orleans 10.4's per-call interface resolution: its <c>GetGrain</c> reads
    /// the interface's attributes on every call (4.5 % of the server's CPU at the top e2e rate, newer Orleans caches
    /// it). The grain and interface types are resolved once per interface; every reference after that is built from them.
    /// </summary>
    public static T Reference<T>(this IGrainFactory grains, string key)
        where T : IGrainWithStringKey =>
        Resolved<T>.Types is { } types
            ? (T)grains.GetGrain(GrainId.Create(types.Grain, IdSpan.Create(key)), types.Interface)
            : Resolve(grains.GetGrain<T>(key));

    /// <summary>As <see cref="Reference{T}(IGrainFactory, string)"/>, by integer key.</summary>
    public static T Reference<T>(this IGrainFactory grains, long key)
        where T : IGrainWithIntegerKey =>
        Resolved<T>.Types is { } types
            ? (T)grains.GetGrain(GrainId.Create(types.Grain, GrainIdKeyExtensions.CreateIntegerKey(key)), types.Interface)
            : Resolve(grains.GetGrain<T>(key));

    private static T Resolve<T>(T first)
    {
        var reference = (GrainReference)(object)first!;
        Resolved<T>.Types = (reference.GrainId.Type, reference.InterfaceType);
        return first;
    }

    private static class Resolved<T>
    {
        public static (GrainType Grain, GrainInterfaceType Interface)? Types;
    }
}
