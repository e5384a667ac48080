namespace Realtime.Storage.Tests.AzureTable;

[GenerateSerializer]
public sealed record ProfileState
{
    [Id(0)]
    public string Name { get; init; } = string.Empty;

    [Id(1)]
    public int Visits { get; init; }

    [Id(2)]
    public byte[] Blob { get; init; } = [];
}
