using Realtime.Grains.Agents;

namespace Realtime.Server.Tests.Agents;

/// <summary>The day an agent's record is filed under: the UTC day, cached for the day asked last (an implementation detail: only the strings are pinned).</summary>
public sealed class AgentFiguresDateTests
{
    [Theory]
    [InlineData("2026-11-11T00:30:00+08:00", "2026-11-10")]
    [InlineData("2026-11-11T07:59:59+08:00", "2026-11-10")]
    [InlineData("2026-11-11T08:00:00+08:00", "2026-11-11")]
    [InlineData("2026-12-31T23:59:59+00:00", "2026-12-31")]
    [InlineData("2027-01-01T00:00:00-05:00", "2027-01-01")]
    public void A_moment_is_filed_under_its_utc_day(string at, string expected)
    {
        Assert.Equal(expected, AgentFigures.DateOf(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Alternating_days_each_get_their_own_date()
    {
        // The cache holds the day asked last: switching days back and forth must never return the other day's string.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("2026-11-11", AgentFigures.DateOf(new DateTimeOffset(2026, 11, 11, 23, 0, 0, TimeSpan.Zero)));
            Assert.Equal("2026-11-12", AgentFigures.DateOf(new DateTimeOffset(2026, 11, 12, 0, 0, 0, TimeSpan.Zero)));
        }
    }
}
