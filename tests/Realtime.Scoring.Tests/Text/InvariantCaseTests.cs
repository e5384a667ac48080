using Realtime.Scoring.Text;

namespace Realtime.Scoring.Tests.Text;

public sealed class InvariantCaseTests
{
    [Fact]
    public void Every_utf16_unit_lowers_as_the_runtime_lowers_it()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (InvariantCase.ToLower(c) != char.ToLowerInvariant(c))
            {
                Assert.Fail($"U+{i:X4}: {(int)InvariantCase.ToLower(c):X4}, runtime {(int)char.ToLowerInvariant(c):X4}");
            }
        }
    }
}
