namespace Realtime.Server.Connectors.Generic;

/// <summary><c>Connectors:Generic:*</c>: the configured webhook sources by name (the <c>{source}</c> of the URL).</summary>
public sealed class GenericConnectorOptions
{
    public const string Section = "Connectors:Generic";

    public Dictionary<string, GenericSourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
