using Realtime.Contracts.Events;

namespace Realtime.Contracts.Import;

/// <summary>One event read from an import file, or why its row could not be read. <see cref="Line"/> counts from 1.</summary>
public readonly record struct ImportRecord(long Line, ConversationEvent? Event, string? Error);
