using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Conversations;

/// <summary>A store that lists its return address: sending it is the returnAddress disclosure, not a pii.leak (HTTP end to end).</summary>
public sealed class StoreContactsAlertTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    private const string Store = "store-contacts";

    [Fact]
    public async Task Listed_return_address_satisfies_the_disclosure_and_raises_no_leak_while_a_customer_address_still_does()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync($"/api/rulesets/{Store}"))!;
        ruleset["storeContacts"] = new JsonObject
        {
            ["returnAddresses"] = new JsonArray("浙江省杭州市余杭区文一西路969号 售后部"),
            ["phones"] = new JsonArray(),
            ["emails"] = new JsonArray("service@shop.example.com"),
        };
        var put = await qa.PutAsync($"/api/rulesets/{Store}", new StringContent(ruleset.ToJsonString(), Encoding.UTF8, "application/json"));
        put.EnsureSuccessStatusCode();
        var saved = JsonNode.Parse(await qa.GetStringAsync($"/api/rulesets/{Store}"))!;
        Assert.Equal("service@shop.example.com", saved["storeContacts"]!["emails"]![0]!.GetValue<string>());

        var store = await PlayAsync("c-store-addr",
            ("customer", "衣服尺码不合适,我要退货退款"),
            ("agent", "您好,请在签收后7天内寄回浙江省杭州市余杭区文一西路969号,运费由我们承担,验货后3天内退款,祝您生活愉快"));
        var customer = await PlayAsync("c-cust-addr",
            ("customer", "我的地址是上海市长宁区长乐路105弄1号201室"),
            ("agent", "您好,确认一下地址:上海市长宁区长乐路105弄1号201室,对吗"));

        Assert.DoesNotContain("pii.leak", Kinds(store));
        Assert.DoesNotContain("missing.disclosure", Kinds(store));
        Assert.Contains("pii.leak", Kinds(customer));
        var echoed = customer.GetProperty("messages")[1].GetProperty("analysis").GetProperty("maskedText").GetString()!;
        Assert.DoesNotContain("105弄1号201室", echoed, StringComparison.Ordinal);
    }

    private async Task<JsonElement> PlayAsync(string id, params (string Sender, string Text)[] turns)
    {
        using var ingest = app.CreateIngestClient();
        using var admin = await app.CreateUserClientAsync("admin");
        var t = Events.Now.AddMinutes(-5);
        var events = new List<object> { Events.Started(id, $"{id}-cust", t, Store), Events.Assigned(id, "a-91", t, Store) };
        for (var i = 0; i < turns.Length; i++)
        {
            var at = t.AddSeconds(5 * (i + 1));
            events.Add(turns[i].Sender == "customer"
                ? Events.Customer(id, $"{id}-cust", $"{id}-{i}", turns[i].Text, at, Store)
                : Events.Agent(id, "a-91", $"{id}-{i}", turns[i].Text, at, Store));
        }

        events.Add(Events.Closed(id, t.AddSeconds(5 * (turns.Length + 1)), Store));
        (await ingest.PostAsJsonAsync("/api/events", events)).EnsureSuccessStatusCode();
        return JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{id}")).RootElement.Clone();
    }

    private static List<string?> Kinds(JsonElement view) =>
        view.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
}
