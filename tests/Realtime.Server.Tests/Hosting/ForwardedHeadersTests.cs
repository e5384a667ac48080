using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Realtime.Server.Tests.Security;

namespace Realtime.Server.Tests.Hosting;

public sealed class ForwardedHeadersTests(BehindProxyAppFactory app) : IClassFixture<BehindProxyAppFactory>
{
    private static readonly object WrongPassword = new { name = "admin", password = "guess" };

    [Fact]
    public async Task Two_clients_behind_the_known_proxy_get_separate_sign_in_limits()
    {
        using var first = app.CreateClientFrom(BehindProxyAppFactory.Proxy, "203.0.113.1");
        using var second = app.CreateClientFrom(BehindProxyAppFactory.Proxy, "203.0.113.2");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= LowLimitsAppFactory.LoginPerMinute; i++)
        {
            answers.Add((await first.PostAsJsonAsync("/api/auth/token", WrongPassword)).StatusCode);
        }

        var secondAnswer = await second.PostAsJsonAsync("/api/auth/token", WrongPassword);

        Assert.All(answers.Take(LowLimitsAppFactory.LoginPerMinute), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.Equal(HttpStatusCode.Unauthorized, secondAnswer.StatusCode);
    }

    [Fact]
    public async Task Forwarded_for_from_an_unknown_peer_is_ignored()
    {
        var peer = IPAddress.Parse("198.51.100.9");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= LowLimitsAppFactory.LoginPerMinute; i++)
        {
            // A client rotating a made-up X-Forwarded-For still shares the limit of its own address.
            using var client = app.CreateClientFrom(peer, $"192.0.2.{i + 1}");
            answers.Add((await client.PostAsJsonAsync("/api/auth/token", WrongPassword)).StatusCode);
        }

        Assert.All(answers.Take(LowLimitsAppFactory.LoginPerMinute), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task Audit_records_carry_the_forwarded_client_address()
    {
        using var qa = app.CreateClientFrom(BehindProxyAppFactory.Proxy, "203.0.113.7", await app.TokenAsync("qa"));
        using var admin = app.CreateClientFrom(BehindProxyAppFactory.Proxy, "203.0.113.8", await app.TokenAsync("admin"));
        var ruleset = await qa.GetStringAsync("/api/rulesets/store-proxy");

        var put = await qa.PutAsync("/api/rulesets/store-proxy", new StringContent(ruleset, System.Text.Encoding.UTF8, "application/json"));
        var entries = JsonDocument.Parse(await admin.GetStringAsync("/api/audit?kind=ruleset.changed")).RootElement.EnumerateArray();

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var entry = Assert.Single(entries, e => e.GetProperty("target").GetString() == "store-proxy");
        Assert.Equal("203.0.113.7", entry.GetProperty("clientAddress").GetString());
    }
}
