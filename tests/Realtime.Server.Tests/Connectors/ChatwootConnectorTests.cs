using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static Realtime.Server.Tests.Connectors.ChatwootWebhooks;

namespace Realtime.Server.Tests.Connectors;

public sealed class ChatwootConnectorTests(ConnectorsAppFactory app) : IClassFixture<ConnectorsAppFactory>
{
    [Fact]
    public async Task Chatwoot_conversation_becomes_a_scored_conversation_with_alerts()
    {
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-5);
        var at = (int seconds) => t0.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        string[] webhooks =
        [
            ConversationCreated(4242, 901, t0.ToUnixTimeSeconds()),
            Message(70001, 4242, "incoming", "你们再不处理我就去12315投诉", at(5), Contact(901)),
            AssigneeChanged(4242, null, 7, t0.AddSeconds(8).ToUnixTimeSeconds()),
            Message(70002, 4242, "outgoing", "亲,这是全网最低价哦", at(20), User(7)),
            Message(70003, 4242, "outgoing", "internal: customer is angry", at(21), User(7), isPrivate: true),
            Message(70004, 4242, "outgoing", "Rate our service, please", at(30), Bot(1)),
            StatusChanged(4242, "resolved", t0.AddSeconds(60).ToUnixTimeSeconds()),
        ];
        foreach (var body in webhooks)
        {
            var response = await PostSignedAsync(body);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var view = await ViewAsync("cw-4242");
        Assert.Equal("store-cw", view.GetProperty("storeId").GetString());
        Assert.Equal("cw-contact-901", view.GetProperty("customerId").GetString());
        Assert.Equal("cw-agent-7", view.GetProperty("agentId").GetString());
        Assert.Equal("closed", view.GetProperty("status").GetString());
        var messages = view.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["customer", "agent", "bot"], messages.Select(m => m.GetProperty("sender").GetString()));
        Assert.Contains(
            messages[1].GetProperty("analysis").GetProperty("deductions").EnumerateArray(),
            d => d.GetProperty("ruleId").GetString() == "phrase.banned");
        var kinds = view.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Contains("banned.term", kinds);
        Assert.Contains("complaint.risk", kinds);
    }

    [Fact]
    public async Task Redelivered_chatwoot_webhook_is_a_duplicate_and_changes_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        await PostSignedAsync(ConversationCreated(4300, 902, now.AddSeconds(-30).ToUnixTimeSeconds()));
        var message = Message(71001, 4300, "incoming", "hello, where is my parcel?", now.AddSeconds(-20).ToString("O", CultureInfo.InvariantCulture), Contact(902));
        await PostSignedAsync(message);
        var before = (await ViewAsync("cw-4300")).GetProperty("messages").GetRawText();

        var again = await PostSignedAsync(message);

        var result = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((0, 1), (result.GetProperty("accepted").GetInt32(), result.GetProperty("duplicates").GetInt32()));
        Assert.Equal(before, (await ViewAsync("cw-4300")).GetProperty("messages").GetRawText());
    }

    [Fact]
    public async Task Url_token_is_accepted_for_chatwoot_versions_that_do_not_sign()
    {
        using var client = app.CreateClient();
        var body = ConversationCreated(4400, 903, DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        var response = await client.PostAsync($"/api/connectors/chatwoot?token={ConnectorsAppFactory.ChatwootToken}", Json(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("wrong-secret")]
    [InlineData("tampered")]
    [InlineData("stale")]
    [InlineData("wrong-token")]
    public async Task Unverified_chatwoot_webhook_is_a_401_and_changes_nothing(string how)
    {
        var now = DateTimeOffset.UtcNow;
        var body = ConversationCreated(4500, 904, now.ToUnixTimeSeconds());
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, how == "wrong-token" ? "/api/connectors/chatwoot?token=guess" : "/api/connectors/chatwoot")
        {
            Content = Json(how == "tampered" ? body.Replace("904", "905", StringComparison.Ordinal) : body),
        };
        if (how is not ("unsigned" or "wrong-token"))
        {
            var timestamp = how == "stale" ? now.AddMinutes(-30).ToUnixTimeSeconds() : now.ToUnixTimeSeconds();
            var secret = how == "wrong-secret" ? "not-the-secret" : ConnectorsAppFactory.ChatwootSecret;
            request.Headers.Add("X-Chatwoot-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Chatwoot-Signature", Sign(secret, timestamp, body));
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var admin = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/conversations/cw-4500")).StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"id":1}""")]
    [InlineData("""{"event":"message_created","id":72001,"content":"hi","message_type":"incoming","created_at":"2026-11-22T08:00:00Z"}""")]
    [InlineData("""{"event":"message_created","id":72002,"content":"hi","message_type":"sideways","created_at":"2026-11-22T08:00:00Z","conversation":{"id":4600}}""")]
    public async Task Malformed_chatwoot_webhook_is_a_400_and_changes_nothing(string body)
    {
        var response = await PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var admin = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/conversations/cw-4600")).StatusCode);
    }

    [Fact]
    public async Task Private_notes_and_unused_events_are_ignored_with_a_202()
    {
        var note = Message(73001, 4700, "outgoing", "note", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), User(7), isPrivate: true);

        var response = await PostSignedAsync(note);
        var other = await PostSignedAsync("""{"event":"contact_created","id":5}""");

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (response.StatusCode, other.StatusCode));
        Assert.Contains("private", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var admin = await app.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/conversations/cw-4700")).StatusCode);
    }

    [Fact]
    public async Task Why_a_webhook_was_ignored_or_refused_reads_in_Chinese()
    {
        var note = Message(73101, 4701, "outgoing", "note", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), User(7), isPrivate: true);

        var ignored = JsonDocument.Parse(await (await PostSignedAsync(note, "zh-CN")).Content.ReadAsStringAsync()).RootElement;
        using var client = app.CreateClient();
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, "/api/connectors/chatwoot") { Content = Json(note) };
        unsigned.Headers.AcceptLanguage.Add(new("zh-CN"));
        var refused = await client.SendAsync(unsigned);

        Assert.Equal("connector.chatwoot.privateNote", ignored.GetProperty("ignoredKey").GetString());
        Assert.Equal("私密备注不属于与顾客的对话", ignored.GetProperty("ignored").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("未通过验证的 webhook:缺少 X-Chatwoot-Signature", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payload_shaped_as_chatwoot_documents_it_is_mapped()
    {
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-3);
        var at = (int seconds) => t0.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

        // As in the documentation's sample, the incoming message's sender is not the contact: the customer is "contact".
        var customer = await PostSignedAsync(DocumentedMessage("80001", "4800", "incoming", "快递怎么还没到", at(0), sender: "1", contact: "912"));
        var agent = await PostSignedAsync(DocumentedMessage("80002", "4800", "outgoing", "亲,马上帮您查", at(10), sender: "8", contact: "912"));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (customer.StatusCode, agent.StatusCode));
        var view = await ViewAsync("cw-4800");
        Assert.Equal("cw-contact-912", view.GetProperty("customerId").GetString());
        var messages = view.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["customer", "agent"], messages.Select(m => m.GetProperty("sender").GetString()));
        Assert.Equal("cw-agent-8", messages[1].GetProperty("agentId").GetString());
    }

    private async Task<HttpResponseMessage> PostSignedAsync(string body, string? language = null)
    {
        using var client = app.CreateClient();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/connectors/chatwoot") { Content = Json(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new(language));
        }

        request.Headers.Add("X-Chatwoot-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Chatwoot-Signature", Sign(ConnectorsAppFactory.ChatwootSecret, timestamp, body));
        return await client.SendAsync(request);
    }

    /// <summary>What Chatwoot sends: <c>sha256=</c> + hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c>.</summary>
    private static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<JsonElement> ViewAsync(string id) => JsonDocument.Parse(await RawViewAsync(id)).RootElement;

    private async Task<string> RawViewAsync(string id)
    {
        using var admin = await app.CreateAdminClientAsync();
        return await admin.GetStringAsync($"/api/conversations/{id}");
    }
}
