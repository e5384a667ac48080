using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Api;

public sealed class RulesetsApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Store_without_its_own_ruleset_gets_the_builtin_defaults()
    {
        using var qa = await app.CreateUserClientAsync("qa");

        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-new"))!;

        Assert.Equal(30, ruleset["sla"]!["firstResponseWarnSeconds"]!.GetValue<int>());
        Assert.Contains("全网最低价", ruleset["phrases"]!["banned"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task Invalid_put_names_every_bad_field_and_changes_nothing()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-invalid"))!;
        ruleset["sla"]!["firstResponseWarnSeconds"] = 90;
        ruleset["weights"]!["preSales"]!["conversion"] = 0.9;

        var response = await qa.PutAsync("/api/rulesets/store-invalid", JsonContent.Create(ruleset));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("sla.firstResponseWarnSeconds", out _));
        Assert.True(errors.TryGetProperty("weights.preSales", out _));
        var after = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-invalid"))!;
        Assert.Equal(30, after["sla"]!["firstResponseWarnSeconds"]!.GetValue<int>());
        Assert.Equal(0, after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Put_takes_effect_for_the_next_message_and_keeps_unknown_fields()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        using var ingest = app.CreateIngestClient();
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-edit"))!;
        ruleset["phrases"]!["banned"]!.AsArray().Add("秒杀价保证");
        ruleset["customNote"] = "kept";

        var response = await qa.PutAsync("/api/rulesets/store-edit", JsonContent.Create(ruleset));

        response.EnsureSuccessStatusCode();
        var published = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, published["version"]!.GetValue<int>());
        Assert.Equal("kept", published["customNote"]!.GetValue<string>());
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new object[]
        {
            Events.Customer("c-edit", "u-40", "c-edit-1", "多少钱", now, storeId: "store-edit"),
            Events.Agent("c-edit", "a-40", "c-edit-2", "亲,这是秒杀价保证哦", now.AddSeconds(2), storeId: "store-edit"),
        });
        var view = JsonDocument.Parse(await qa.GetStringAsync("/api/conversations/c-edit")).RootElement;
        var tags = view.GetProperty("messages")[1].GetProperty("analysis").GetProperty("tags").EnumerateArray().Select(t => t.GetString());
        Assert.Contains("banned", tags);
    }

    [Fact]
    public async Task Agent_cannot_change_a_ruleset()
    {
        using var agent = await app.CreateUserClientAsync("agent");

        var response = await agent.PutAsJsonAsync("/api/rulesets/store-x", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
