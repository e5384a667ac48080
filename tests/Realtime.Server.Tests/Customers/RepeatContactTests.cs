using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task A_customer_is_not_kept_in_memory_once_its_contact_is_saved()
    {
        using var ingest = app.CreateIngestClient();
        var management = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var customer = GrainId.Create("customer", "u-let-go");

        (await ingest.PostAsJsonAsync("/api/events", Events.Started("c-let-go", "u-let-go", Events.Now, storeId: "store-let-go"))).EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await management.GetActiveGrains(customer.Type)).Contains(customer) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.DoesNotContain(customer, await management.GetActiveGrains(customer.Type));
    }
}
