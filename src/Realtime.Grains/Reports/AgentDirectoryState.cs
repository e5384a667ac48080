namespace Realtime.Grains.Reports;

[GenerateSerializer, Alias("agent-directory-state")]
public sealed class AgentDirectoryState
{
    [Id(0)] public HashSet<DirectoryEntry> Entries { get; set; } = [];
}
