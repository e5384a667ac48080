using System.Collections.Frozen;
using Realtime.Contracts.Events;

namespace Realtime.Grains.Conversations;

/// <summary>
/// One instance per repeated value in a conversation's stored events. Every event of a conversation repeats its
/// store, team, customer and the vocabulary words (type, sender, platform...), each parsed into a string of its own:
/// about a third of an active conversation's heap. Shared instances cost one reference in memory, and Orleans'
/// serializer writes a repeated instance as a back-reference.
/// </summary>
public static class SharedStrings
{
    private static readonly FrozenDictionary<string, string> s_vocabulary = EventTypes.All
        .Concat(Vocabulary.Senders).Concat(Vocabulary.Platforms).Concat(Vocabulary.Channels).Concat(Vocabulary.Roles)
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(w => w, w => w, StringComparer.Ordinal);

    /// <summary>The constant instance of a vocabulary word, else the value itself.</summary>
    public static string? Word(string? value) => value is not null && s_vocabulary.TryGetValue(value, out var word) ? word : value;

    /// <summary>The instance already held by <paramref name="first"/> or <paramref name="second"/> when equal, else the value itself.</summary>
    public static string? Share(string? value, string? first, string? second) =>
        value is null ? null
        : string.Equals(value, first, StringComparison.Ordinal) ? first
        : string.Equals(value, second, StringComparison.Ordinal) ? second
        : value;
}
