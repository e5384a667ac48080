using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Incidents;

/// <summary>The real server on a <see cref="FakeTimeProvider"/> starting at the wall clock, with one Slack webhook target.</summary>
public class FakeClockAppFactory : RealtimeAppFactory
{
    private string? _webhookUrl;

    public FakeTimeProvider Clock { get; } = new(Events.Now);

    public FakeClockAppFactory WithWebhook(string url)
    {
        _webhookUrl = url;
        return this;
    }

    /// <summary>Advances the clock a second at a time until <paramref name="done"/> holds (at most <paramref name="limit"/>).</summary>
    public async Task AdvanceUntilAsync(Func<Task<bool>> done, TimeSpan limit)
    {
        for (var passed = TimeSpan.Zero; passed <= limit; passed += TimeSpan.FromSeconds(1))
        {
            if (await done())
            {
                return;
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.Fail($"Not reached within {limit} of fake time.");
    }

    /// <summary>Polls (wall clock) without moving the fake clock: for work already due.</summary>
    public static Task EventuallyAsync(Func<Task<bool>> done, string what) => EventuallyAsync(done, () => what);

    /// <summary>As above, describing the failure when it happens (e.g. with the last value read).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, Func<string> what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what()}.");
            }

            await Task.Delay(50);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_webhookUrl is not null)
        {
            builder.UseSetting("Webhooks:Targets:0:Kind", "slack");
            builder.UseSetting("Webhooks:Targets:0:Url", _webhookUrl);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
