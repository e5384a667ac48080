using Orleans.Storage;

namespace Realtime.Server.Hosting.Storage;

/// <summary>
/// Orleans' Azure Table provider behind <see cref="TableKeys"/>: every grain id is escaped before the provider makes
/// its partition key, so ids that differ only in <c>/ \ # ?</c> versus <c>_</c> keep separate rows.
/// </summary>
public sealed class TableKeyEscapingGrainStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, TableKeys.Escape(grainId), grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(stateName, TableKeys.Escape(grainId), grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, TableKeys.Escape(grainId), grainState);

    /// <summary>The provider creates its table in the silo's lifecycle.</summary>
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
