using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;

namespace Realtime.Contracts.Import;

/// <summary>One event read from an import file, or why its row could not be read. <see cref="Line"/> counts from 1.</summary>
public readonly record struct ImportRecord(long Line, ConversationEvent? Event, IReadOnlyList<Text>? Errors)
{
    public ImportRecord(long line, Text error)
        : this(line, null, [error])
    {
    }
}
