using Realtime.Grains;

namespace Realtime.Server.Tests.Grains;

public sealed class GrainReferencesTests
{
    [Fact]
    public void A_reference_is_made_once_per_key_and_then_reused()
    {
        var made = new List<string>();
        var references = new GrainReferences<object>(key =>
        {
            made.Add(key);
            return new object();
        });

        var first = references["a-1"];

        Assert.Same(first, references["a-1"]);
        Assert.NotSame(first, references["a-2"]);
        Assert.Equal(["a-1", "a-2"], made);
    }
}
