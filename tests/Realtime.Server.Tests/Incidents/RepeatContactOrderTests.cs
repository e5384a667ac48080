using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Incidents;

/// <summary>Repeat contacts are judged on event time: arrival order and batching change nothing.</summary>
public sealed class RepeatContactOrderTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    public static TheoryData<string> Arrivals => ["inOrderBatch", "reversedBatch", "shuffledBatch", "inOrderOneByOne", "reversedOneByOne", "shuffledOneByOne"];

    [Theory]
    [MemberData(nameof(Arrivals))]
    public async Task Three_contacts_in_24_hours_give_one_open_repeat_contact_incident_whatever_the_arrival(string arrival)
    {
        var store = $"store-order-{arrival}";
        var customer = $"u-order-{arrival}";
        var now = Events.Now;
        var contacts = Enumerable.Range(1, 3)
            .Select(i => Events.Started($"c-order-{arrival}-{i}", customer, now.AddHours(-6 + 2 * i), storeId: store))
            .ToList();
        List<Dictionary<string, object?>> sent = arrival switch
        {
            var a when a.StartsWith("reversed", StringComparison.Ordinal) => [.. Enumerable.Reverse(contacts)],
            var a when a.StartsWith("shuffled", StringComparison.Ordinal) => [contacts[1], contacts[2], contacts[0]],
            _ => contacts,
        };
        using var ingest = app.CreateIngestClient();
        if (arrival.EndsWith("Batch", StringComparison.Ordinal))
        {
            (await ingest.PostAsJsonAsync("/api/events", sent)).EnsureSuccessStatusCode();
        }
        else
        {
            foreach (var e in sent)
            {
                (await ingest.PostAsJsonAsync("/api/events", e)).EnsureSuccessStatusCode();
            }
        }

        using var lead = await app.CreateUserClientAsync("lead");
        var alerts = JsonDocument.Parse(await lead.GetStringAsync($"/api/alerts?storeId={store}&kind=repeat.contact")).RootElement.EnumerateArray().ToList();
        var incidents = JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents?storeId={store}&status=open")).RootElement.EnumerateArray().ToList();

        var alert = Assert.Single(alerts);
        Assert.Equal("repeatContact.3/24h", alert.GetProperty("ruleId").GetString());
        Assert.Equal($"Conversations: c-order-{arrival}-1, c-order-{arrival}-2, c-order-{arrival}-3", alert.GetProperty("evidence").GetString());
        var incident = Assert.Single(incidents);
        Assert.Equal(customer, incident.GetProperty("subject").GetProperty("customerId").GetString());
        Assert.Equal(alert.GetProperty("incidentId").GetString(), incident.GetProperty("incidentId").GetString());
    }

    [Fact]
    public async Task A_weaker_rule_alert_resolves_itself_when_a_stronger_rule_fires_for_the_same_customer()
    {
        const string store = "store-inhibit";
        var now = Events.Now;
        using var ingest = app.CreateIngestClient();
        using var lead = await app.CreateUserClientAsync("lead");
        foreach (var (id, hoursAgo) in new[] { ("c-inh-1", 60), ("c-inh-2", 20), ("c-inh-3", 10) })
        {
            (await ingest.PostAsJsonAsync("/api/events", Events.Started(id, "u-inh", now.AddHours(-hoursAgo), storeId: store))).EnsureSuccessStatusCode();
        }

        var weaker = Assert.Single(JsonDocument.Parse(await lead.GetStringAsync($"/api/alerts?storeId={store}&kind=repeat.contact")).RootElement.EnumerateArray());
        Assert.Equal("repeatContact.3/72h", weaker.GetProperty("ruleId").GetString());

        (await ingest.PostAsJsonAsync("/api/events", Events.Started("c-inh-4", "u-inh", now.AddHours(-1), storeId: store))).EnsureSuccessStatusCode();

        var alerts = JsonDocument.Parse(await lead.GetStringAsync($"/api/alerts?storeId={store}&kind=repeat.contact")).RootElement.EnumerateArray().ToList();
        var stronger = Assert.Single(alerts, a => a.GetProperty("ruleId").GetString() == "repeatContact.3/24h");
        Assert.Equal("open", stronger.GetProperty("status").GetString());
        var inhibited = Assert.Single(alerts, a => a.GetProperty("ruleId").GetString() == "repeatContact.3/72h");
        Assert.Equal("resolved", inhibited.GetProperty("status").GetString());
        Assert.Equal("system", inhibited.GetProperty("resolvedBy").GetString());
        Assert.Equal("inhibitedByStrongerRule", inhibited.GetProperty("resolvedReason").GetString());
        var incident = Assert.Single(JsonDocument.Parse(await lead.GetStringAsync($"/api/incidents?storeId={store}")).RootElement.EnumerateArray());
        Assert.Equal("open", incident.GetProperty("status").GetString());
        Assert.Equal(2, incident.GetProperty("alerts").GetArrayLength());
    }
}
