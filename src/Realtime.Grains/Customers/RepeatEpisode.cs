namespace Realtime.Grains.Customers;

/// <summary>The contacts one repeat-contact alert of a rule is about; a later window sharing any of them is the same episode.</summary>
[GenerateSerializer, Alias("repeat-episode")]
public sealed class RepeatEpisode
{
    [Id(0)] public required string ConditionKey { get; init; }
    [Id(1)] public List<string> ConversationIds { get; set; } = [];
}
