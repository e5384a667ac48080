using System.Net;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

public sealed class HeadersAndCorsTests(RealtimeAppFactory closed, SecurityAppFactory open)
    : IClassFixture<RealtimeAppFactory>, IClassFixture<SecurityAppFactory>
{
    [Fact]
    public async Task Web_app_pages_carry_csp_without_inline_script_and_deny_framing()
    {
        using var client = closed.CreateClient();

        var response = await client.GetAsync("/floor");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Api_answers_carry_nosniff_and_no_referrer()
    {
        using var client = closed.CreateClient();

        var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Cors_is_closed_by_default()
    {
        using var client = closed.CreateClient();

        var response = await client.SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_origins()
    {
        using var client = open.CreateClient();

        var allowed = await client.SendAsync(Preflight(SecurityAppFactory.AllowedOrigin));
        var other = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(SecurityAppFactory.AllowedOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/floor");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
