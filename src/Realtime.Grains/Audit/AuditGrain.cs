namespace Realtime.Grains.Audit;

/// <summary>One day of the audit journal. Entries are only ever appended; nothing edits or removes them.</summary>
public sealed class AuditGrain(
    [PersistentState("audit", GrainStorage.Name)] IPersistentState<AuditState> state) : Grain, IAuditGrain
{
    async Task<AuditEntry> IAuditGrain.AppendAsync(AuditEntry entry)
    {
        var stored = entry with { AuditId = $"{this.GetPrimaryKeyString()}-{state.State.Entries.Count + 1:D6}" };
        state.State.Entries.Add(stored);
        await state.WriteStateAsync();
        return stored;
    }

    Task<IReadOnlyList<AuditEntry>> IAuditGrain.ReadAsync(string? kind) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(state.State.Entries.Where(e => kind is null || e.Kind == kind).ToList());
}
