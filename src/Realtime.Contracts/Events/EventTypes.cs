namespace Realtime.Contracts.Events;

public static class EventTypes
{
    public const string ConversationStarted = "conversation.started";
    public const string Message = "message";
    public const string AgentAssigned = "agent.assigned";
    public const string ConversationClosed = "conversation.closed";
    public const string Csat = "csat";
    public const string AgentStatus = "agent.status";
    public const string Order = "order";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ConversationStarted, Message, AgentAssigned, ConversationClosed, Csat, AgentStatus, Order,
    };
}
