namespace Realtime.Grains.Audit;

[GenerateSerializer, Alias("audit-state")]
public sealed class AuditState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
