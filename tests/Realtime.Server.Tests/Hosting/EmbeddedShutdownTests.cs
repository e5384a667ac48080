using System.Net.Http.Json;
using Realtime.Server.Tests.Security;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Hosting;

/// <summary>Stopping the embedded server (Ctrl+C) after traffic is quiet: its grains do not write a store that ends with the process.</summary>
public sealed class EmbeddedShutdownTests
{
    [Fact]
    public async Task Stopping_after_traffic_logs_no_errors()
    {
        var app = new SecurityAppFactory();
        using (var ingest = app.CreateIngestClient())
        using (var lead = await app.CreateUserClientAsync("lead"))
        {
            var at = Events.Now;
            var response = await ingest.PostAsJsonAsync("/api/events", new object[]
            {
                Events.Started("c-stop", "u-stop", at),
                Events.Assigned("c-stop", "a-stop", at),
                Events.Customer("c-stop", "u-stop", "c-stop-1", "快递到哪了", at.AddSeconds(1)),
                Events.Agent("c-stop", "a-stop", "c-stop-2", "我们是全网最低价", at.AddSeconds(3)),
            });
            response.EnsureSuccessStatusCode();

            // The agent's record and the store's alert exist (reports and alerts read them) before the server stops.
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (DateTime.UtcNow < deadline && !(await lead.GetStringAsync("/api/alerts?storeId=store-t")).Contains("c-stop", StringComparison.Ordinal))
            {
                await Task.Delay(100);
            }

            Assert.Contains("a-stop", await lead.GetStringAsync($"/api/reports/agents?from={at:yyyy-MM-dd}&to={at:yyyy-MM-dd}"), StringComparison.Ordinal);
        }

        await app.DisposeAsync();

        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(" Error ", StringComparison.Ordinal) || l.Contains(" Critical ", StringComparison.Ordinal));
    }
}
