using Realtime.Grains.Conversations;

namespace Realtime.Server.Privacy;

/// <summary>A conversation's unmasked messages, answered only to holders of <c>pii:reveal</c>, with the audit entry that records it.</summary>
public sealed record RevealedTranscript(string ConversationId, string StoreId, IReadOnlyList<RawMessage> Messages, string AuditId);
