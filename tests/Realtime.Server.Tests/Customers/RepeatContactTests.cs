using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Customers;

public sealed class RepeatContactTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Third_contact_in_24_hours_raises_one_alert_naming_every_conversation_and_inhibits_the_72_hour_rule()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        for (var i = 1; i <= 4; i++)
        {
            await ingest.PostAsJsonAsync("/api/events", Events.Started($"c-repeat-{i}", "u-repeat", now.AddHours(-4 + i), storeId: "store-rep"));
        }

        var alerts = JsonDocument.Parse(await lead.GetStringAsync("/api/alerts?storeId=store-rep&kind=repeat.contact")).RootElement.EnumerateArray().ToList();

        var alert = Assert.Single(alerts);
        Assert.Equal("warning", alert.GetProperty("severity").GetString());
        Assert.Equal("repeatContact.3/24h", alert.GetProperty("ruleId").GetString());
        var evidence = alert.GetProperty("evidence").GetString()!;
        Assert.Contains("c-repeat-1", evidence, StringComparison.Ordinal);
        Assert.Contains("c-repeat-3", evidence, StringComparison.Ordinal);
        var customer = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-repeat")).RootElement;
        Assert.Equal(4, customer.GetProperty("contacts").GetArrayLength());
        Assert.Equal([true, false], customer.GetProperty("repeatContact").EnumerateArray().Select(r => r.GetProperty("raised").GetBoolean()));
    }

    [Fact]
    public async Task Recording_a_contact_activates_no_customer_grain()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var management = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var customer = GrainId.Create("customer", "u-no-grain");

        (await ingest.PostAsJsonAsync("/api/events", Events.Started("c-no-grain", "u-no-grain", Events.Now, storeId: "store-no-grain"))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(customer, await management.GetActiveGrains(customer.Type));
        var view = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-no-grain")).RootElement;
        Assert.Equal("c-no-grain", view.GetProperty("contacts")[0].GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task A_customer_view_shows_contacts_recorded_after_it_was_first_read()
    {
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", Events.Started("c-fresh-1", "u-fresh", now.AddHours(-2), storeId: "store-fresh"));
        var before = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-fresh")).RootElement;

        await ingest.PostAsJsonAsync("/api/events", Events.Started("c-fresh-2", "u-fresh", now.AddHours(-1), storeId: "store-fresh"));
        var after = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-fresh")).RootElement;

        Assert.Equal(1, before.GetProperty("contacts").GetArrayLength());
        Assert.Equal(["c-fresh-2", "c-fresh-1"], after.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString()));
    }

    [Fact]
    public async Task Conversations_of_one_customer_posted_at_once_are_all_recorded()
    {
        using var lead = await app.CreateUserClientAsync("lead");
        var now = Events.Now;
        var posts = Enumerable.Range(1, 8).Select(async i =>
        {
            using var ingest = app.CreateIngestClient();
            (await ingest.PostAsJsonAsync("/api/events", Events.Started($"c-burst-{i}", "u-burst", now.AddMinutes(-i), storeId: "store-burst"))).EnsureSuccessStatusCode();
        });
        await Task.WhenAll(posts);

        var customer = JsonDocument.Parse(await lead.GetStringAsync("/api/customers/u-burst")).RootElement;
        Assert.Equal(8, customer.GetProperty("contacts").GetArrayLength());
    }
}
