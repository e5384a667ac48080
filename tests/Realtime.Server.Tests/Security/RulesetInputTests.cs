using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

public sealed class RulesetInputTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Deeply_nested_ruleset_is_400_naming_the_depth_and_changes_nothing()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-deep"))!.ToJsonString();
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);
        var body = ruleset[..^1] + ",\"extra\":" + nested + "}";

        var response = await qa.PutAsync("/api/rulesets/store-deep", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", Detail(await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-deep"))!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Wrongly_typed_ruleset_field_is_400_naming_the_field()
    {
        using var qa = await app.CreateUserClientAsync("qa");

        var response = await qa.PutAsync("/api/rulesets/store-typed",
            new StringContent("{\"sla\":{\"firstResponseWarnSeconds\":\"soon\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("firstResponseWarnSeconds", Detail(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_phrase_lists_are_400_and_change_nothing()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var ruleset = JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-big"))!;
        var banned = new JsonArray();
        for (var i = 0; i < 20_000; i++)
        {
            banned.Add($"phrase {i}");
        }

        ruleset["phrases"]!["banned"] = banned;

        var response = await qa.PutAsync("/api/rulesets/store-big", new StringContent(ruleset.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("phrases", Detail(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-big"))!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bodies_over_the_api_limit_are_413_before_anything_reads_them()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var body = "{\"customNote\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await qa.PutAsync("/api/rulesets/store-huge", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", Detail(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, JsonNode.Parse(await qa.GetStringAsync("/api/rulesets/store-huge"))!["version"]!.GetValue<int>());
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString() ?? "";
}
