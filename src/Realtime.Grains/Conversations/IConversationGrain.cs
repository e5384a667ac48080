namespace Realtime.Grains.Conversations;

public interface IConversationGrain : IGrainWithStringKey
{
}
