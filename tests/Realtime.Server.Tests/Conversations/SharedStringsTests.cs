using Realtime.Contracts.Events;
using Realtime.Grains.Conversations;

namespace Realtime.Server.Tests.Conversations;

public sealed class SharedStringsTests
{
    [Fact]
    public void A_parsed_vocabulary_word_becomes_the_constant_instance()
    {
        var parsed = new string("message".AsSpan());

        Assert.Same(EventTypes.Message, SharedStrings.Word(parsed));
        Assert.Same(Senders.Customer, SharedStrings.Word(new string("customer".AsSpan())));
        var unknown = new string("fax".AsSpan());
        Assert.Same(unknown, SharedStrings.Word(unknown));
        Assert.Null(SharedStrings.Word(null));
    }

    [Fact]
    public void An_equal_value_reuses_the_instance_an_earlier_event_holds()
    {
        var first = new string("store-1".AsSpan());
        var last = new string("agent-7".AsSpan());

        Assert.Same(first, SharedStrings.Share(new string("store-1".AsSpan()), first, last));
        Assert.Same(last, SharedStrings.Share(new string("agent-7".AsSpan()), first, last));
        var other = new string("store-2".AsSpan());
        Assert.Same(other, SharedStrings.Share(other, first, last));
        Assert.Null(SharedStrings.Share(null, first, last));
    }
}
