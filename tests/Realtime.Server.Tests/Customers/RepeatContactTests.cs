using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Customers;

public sealed class RepeatContactTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Third_contact_in_24_hours_raises_one_alert_per_rule_naming_every_conversation()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        for (var i = 1; i <= 4; i++)
        {
            await ingest.PostAsJsonAsync("/api/events", Events.Started($"c-repeat-{i}", "u-repeat", now.AddHours(-4 + i), storeId: "store-rep"));
        }

        var alerts = JsonDocument.Parse(await lead.GetStringAsync("/api/alerts?storeId=store-rep&kind=repeat.contact")).RootElement.EnumerateArray().ToList();

        Assert.Equal(2, alerts.Count);
        Assert.Contains(alerts, a => a.GetProperty("severity").GetString() == "critical");
        Assert.Contains(alerts, a => a.GetProperty("severity").GetString() == "warning");
        Assert.All(alerts, a =>
        {
            var evidence = a.GetProperty("evidence").GetString()!;
            Assert.Contains("c-repeat-1", evidence, StringComparison.Ordinal);
            Assert.Contains("c-repeat-3", evidence, StringComparison.Ordinal);
        });
        var customer = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-repeat")).RootElement;
        Assert.Equal(4, customer.GetProperty("contacts").GetArrayLength());
        Assert.All(customer.GetProperty("repeatContact").EnumerateArray(), r => Assert.True(r.GetProperty("raised").GetBoolean()));
    }
}
