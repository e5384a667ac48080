using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Api;

/// <summary>Every id ingest accepts reads back through the <c>{id}</c> routes, escaped as a client escapes a path segment.</summary>
public sealed class RouteIdTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    public static TheoryData<string> Ids => new()
    {
        "a/b",
        "a%252Fb",
        "a%2/Fb",
        "/leading",
        "trailing/",
        "a?b#c",
        "a%b",
        "a\\b",
        "a b+c",
        "客服/退款#12315",
        "...",
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task Conversation_customer_and_agent_with_the_id_read_back(string id)
    {
        var conversationId = "conv-" + id;
        var customerId = "cust-" + id;
        var agentId = "agent-" + id;
        var now = Events.Now;
        using var ingest = app.CreateIngestClient();
        var answer = await ingest.PostAsJsonAsync("/api/events", new[]
        {
            Events.Started(conversationId, customerId, now),
            Events.Assigned(conversationId, agentId, now.AddSeconds(1)),
            Events.Customer(conversationId, customerId, conversationId + "-m1", "你好,在吗", now.AddSeconds(2)),
        });
        Assert.Equal(3, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        using var admin = await app.CreateUserClientAsync("admin");

        var conversation = await ReadAsync(admin, $"/api/conversations/{Uri.EscapeDataString(conversationId)}");
        var customer = await ReadAsync(admin, $"/api/customers/{Uri.EscapeDataString(customerId)}");
        var agent = await ReadAsync(admin, $"/api/agents/{Uri.EscapeDataString(agentId)}");
        var agentConversations = await admin.GetAsync($"/api/agents/{Uri.EscapeDataString(agentId)}/conversations");

        Assert.Equal(conversationId, conversation.GetProperty("conversationId").GetString());
        Assert.Equal(customerId, customer.GetProperty("customerId").GetString());
        Assert.Equal(conversationId, customer.GetProperty("contacts")[0].GetProperty("conversationId").GetString());
        Assert.Equal(agentId, agent.GetProperty("agentId").GetString());
        Assert.Equal(HttpStatusCode.OK, agentConversations.StatusCode);
    }

    [Fact]
    public async Task Ids_differing_only_in_a_slash_and_an_underscore_are_different_conversations()
    {
        using var ingest = app.CreateIngestClient();
        var now = Events.Now;
        await ingest.PostAsJsonAsync("/api/events", new[]
        {
            Events.Customer("pair/1", "pair-cust", "pair-slash", "slash", now),
            Events.Customer("pair_1", "pair-cust", "pair-underscore", "underscore", now),
        });
        using var admin = await app.CreateUserClientAsync("admin");

        var slash = await ReadAsync(admin, $"/api/conversations/{Uri.EscapeDataString("pair/1")}");
        var underscore = await ReadAsync(admin, $"/api/conversations/{Uri.EscapeDataString("pair_1")}");

        Assert.Equal("slash", slash.GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.Equal("underscore", underscore.GetProperty("messages")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Store_id_with_a_slash_reads_its_ruleset()
    {
        using var qa = await app.CreateUserClientAsync("admin");

        var ruleset = await ReadAsync(qa, $"/api/rulesets/{Uri.EscapeDataString("shop/eu")}");

        Assert.Equal("shop/eu", ruleset.GetProperty("storeId").GetString());
    }

    [Theory]
    [InlineData("conversationId", ".")]
    [InlineData("conversationId", "..")]
    [InlineData("customerId", "..")]
    [InlineData("agentId", ".")]
    [InlineData("storeId", "..")]
    [InlineData("conversationId", "a%2Fb")]
    [InlineData("customerId", "x%2fy")]
    [InlineData("agentId", "%2F")]
    public async Task Ids_no_route_could_read_are_refused_naming_the_field(string field, string id)
    {
        var e = Events.Agent("dots-conv", "dots-agent", $"dots-{field}-{Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(id))}", "hello", Events.Now);
        e["customerId"] = "dots-cust";
        e[field] = id;
        using var ingest = app.CreateIngestClient();

        var answer = await (await ingest.PostAsJsonAsync("/api/events", new[] { e })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, answer.GetProperty("accepted").GetInt32());
        var error = answer.GetProperty("rejected")[0].GetProperty("error").GetString();
        Assert.StartsWith(field + ":", error, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
