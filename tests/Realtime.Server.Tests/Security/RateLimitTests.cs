using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Realtime.Server.Tests.Security;

public sealed class RateLimitTests(LowLimitsAppFactory app) : IClassFixture<LowLimitsAppFactory>
{
    [Fact]
    public async Task Ingest_over_the_per_key_limit_is_429_with_retry_after_and_other_keys_are_unaffected()
    {
        using var first = app.CreateIngestClient();
        using var second = app.CreateClient();
        second.DefaultRequestHeaders.Add("X-Api-Key", LowLimitsAppFactory.SecondApiKey);

        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => first.PostAsJsonAsync("/api/events", Array.Empty<object>())));
        var other = await second.PostAsJsonAsync("/api/events", Array.Empty<object>());

        var limited = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(burst.Count(r => r.StatusCode == HttpStatusCode.Accepted), 1, 20 - 1);
        Assert.NotEmpty(limited);
        Assert.All(limited, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1)));
        var problem = JsonDocument.Parse(await limited[0].Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("retry after", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Api_calls_over_the_per_user_limit_are_429_with_retry_after_and_other_users_are_unaffected()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        using var lead = await app.CreateUserClientAsync("lead");

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < LowLimitsAppFactory.ApiPerMinute + 3; i++)
        {
            statuses.Add(await qa.GetAsync("/api/rulesets/store-rl"));
        }

        var leadAnswer = await lead.GetAsync("/api/floor");

        Assert.All(statuses.Take(LowLimitsAppFactory.ApiPerMinute), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(statuses.Skip(LowLimitsAppFactory.ApiPerMinute), r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.InRange(r.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        });
        Assert.Equal(HttpStatusCode.OK, leadAnswer.StatusCode);
    }
}

public sealed class LoginRateLimitTests(LowLimitsAppFactory app) : IClassFixture<LowLimitsAppFactory>
{
    [Fact]
    public async Task Password_guessing_is_429_after_the_login_limit()
    {
        using var client = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < LowLimitsAppFactory.LoginPerMinute + 4; i++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/auth/token", new { name = "admin", password = $"guess-{i}" })).StatusCode);
        }

        Assert.All(answers.Take(LowLimitsAppFactory.LoginPerMinute), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(answers.Skip(LowLimitsAppFactory.LoginPerMinute), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }
}
