using System.Net;
using System.Text;
using System.Text.Json;

namespace Realtime.Server.Tests.Connectors;

public sealed class GenericConnectorTests(ConnectorsAppFactory app) : IClassFixture<ConnectorsAppFactory>
{
    [Fact]
    public async Task Configured_mapping_turns_another_help_desk_webhook_into_events()
    {
        var t = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds();
        var body = $$"""
            {"payload":{"items":[
              {"uid":"m-1","ts":{{t}},"direction":"IN","body":"衣服质量太差了,我要退货","thread":{"id":"T-9","customer":{"user id":"c-77"} } },
              {"uid":"m-2","ts":{{(t + 30) * 1000}},"direction":"out","body":"亲,非常抱歉","thread":{"id":"T-9"},"author":{"login":"li"} }
            ]} }
            """;

        var response = await PostAsync("helpdesk", body, ConnectorsAppFactory.HelpdeskKey);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var admin = await app.CreateAdminClientAsync();
        var view = JsonDocument.Parse(await admin.GetStringAsync("/api/conversations/helpdesk-T-9")).RootElement;
        Assert.Equal(("store-hd", "shopify", "c-77"), (view.GetProperty("storeId").GetString(), view.GetProperty("platform").GetString(), view.GetProperty("customerId").GetString()));
        var messages = view.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["customer", "agent"], messages.Select(m => m.GetProperty("sender").GetString()));
        Assert.Equal("helpdesk-m-2", messages[1].GetProperty("eventId").GetString());
        Assert.Equal("li", messages[1].GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task Unmappable_item_is_a_422_naming_the_field_and_nothing_is_recorded()
    {
        var body = """
            {"payload":{"items":[
              {"uid":"m-3","ts":1763800000,"direction":"in","body":"hi","thread":{"id":"T-10","customer":{"user id":"c-78"}}},
              {"uid":"m-4","ts":1763800010,"direction":"sideways","body":"?","thread":{"id":"T-10"}}
            ]}}
            """;

        var response = await PostAsync("helpdesk", body, ConnectorsAppFactory.HelpdeskKey);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("sender", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var admin = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/conversations/helpdesk-T-10")).StatusCode);
    }

    [Fact]
    public async Task Wrong_key_is_a_401_and_unknown_source_a_404()
    {
        var wrong = await PostAsync("helpdesk", "{}", "nope");
        var unknown = await PostAsync("zendesk", "{}", ConnectorsAppFactory.HelpdeskKey);
        var notJson = await PostAsync("helpdesk", "{", ConnectorsAppFactory.HelpdeskKey);

        Assert.Equal(
            (HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.BadRequest),
            (wrong.StatusCode, unknown.StatusCode, notJson.StatusCode));
    }

    private async Task<HttpResponseMessage> PostAsync(string source, string body, string key)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return await client.PostAsync($"/api/connectors/generic/{source}", new StringContent(body, Encoding.UTF8, "application/json"));
    }
}
