using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Security;

/// <summary>
/// Every endpoint and hub × every role × in/out of scope. Users: <c>lead</c> is a supervisor of everything,
/// <c>lead-presales</c> a supervisor of team-pre-sales only, <c>agent</c> is agent a-01 (in team-pre-sales).
/// Allowed users get the success status, other signed-in users 403, anonymous callers 401.
/// </summary>
public sealed class AccessMatrixTests(MatrixFixture app, ITestOutputHelper output) : IClassFixture<MatrixFixture>
{
    private const string Pre = "c-mx-pre";
    private const string After = "c-mx-after";
    private static readonly string[] Everyone = ["admin", "lead", "lead-presales", "oncall", "qa", "agent"];
    private static readonly string[] Supervisors = ["admin", "lead", "oncall", "qa"];
    private static readonly string[] SupervisorsOfPre = ["admin", "lead", "lead-presales", "oncall", "qa"];
    private static readonly HttpStatusCode[] Ok = [HttpStatusCode.OK];

    /// <summary>Stands for the store's current ruleset, a valid PUT body.</summary>
    private const string RulesetBody = "<ruleset>";

    /// <summary>Alert actions depend on the alert's state, so an allowed call is 200 or 409 (already done), never 401/403.</summary>
    private static readonly HttpStatusCode[] Acted = [HttpStatusCode.OK, HttpStatusCode.Conflict];

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public sealed record Row(string Method, string Path, string[] Allowed, HttpStatusCode[] Success, string? Body = null)
    {
        /// <summary>Alert ids are generated, so alert rows are named by the alert they act on.</summary>
        public string? Name { get; init; }
    }

    /// <summary>Stands for a backtest of the store's current ruleset over today.</summary>
    private const string BacktestBody = "<backtest>";

    public static TheoryData<string> Endpoints() => [.. Rows(new Dictionary<(string, string), string>(), "missing").Keys];

    private static Dictionary<string, Row> Rows(IReadOnlyDictionary<(string, string), string> alerts, string disputeId)
    {
        string Alert(string conversation, string kind) => alerts.TryGetValue((conversation, kind), out var id) ? id : "missing";
        var rows = new List<Row>
        {
            new("GET", "/api/me", Everyone, Ok),
            new("GET", "/api/stores", Everyone, Ok),
            new("GET", "/api/floor", Supervisors, Ok),
            new("GET", "/api/floor?teamId=team-pre-sales", SupervisorsOfPre, Ok),
            new("GET", "/api/floor?teamId=team-after-sales", Supervisors, Ok),
            new("GET", "/api/alerts", Everyone, Ok),
            new("GET", "/api/alerts?status=open&teamId=team-after-sales", Everyone, Ok),
            new("POST", $"/api/alerts/{Alert(Pre, "complaint.risk")}/ack", ["admin", "lead", "lead-presales", "oncall"], Acted) { Name = "POST /api/alerts/{pre-sales alert}/ack" },
            new("POST", $"/api/alerts/{Alert(After, "complaint.risk")}/ack", ["admin", "lead", "oncall"], Acted) { Name = "POST /api/alerts/{after-sales alert}/ack" },
            new("POST", $"/api/alerts/{Alert(Pre, "banned.term")}/resolve", ["admin", "lead", "lead-presales", "oncall"], Acted) { Name = "POST /api/alerts/{pre-sales alert}/resolve" },
            new("POST", $"/api/alerts/{Alert(After, "banned.term")}/resolve", ["admin", "lead", "oncall"], Acted) { Name = "POST /api/alerts/{after-sales alert}/resolve" },
            new("GET", $"/api/conversations/{Pre}", [.. SupervisorsOfPre, "agent"], Ok),
            new("GET", $"/api/conversations/{After}", Supervisors, Ok),
            new("POST", $"/api/conversations/{Pre}/reveal", ["admin"], Ok),
            new("POST", $"/api/conversations/{After}/reveal", ["admin"], Ok),
            new("GET", "/api/agents/a-01", [.. SupervisorsOfPre, "agent"], Ok),
            new("GET", "/api/agents/a-02", Supervisors, Ok),
            new("GET", "/api/agents/a-01/conversations", [.. SupervisorsOfPre, "agent"], Ok),
            new("GET", "/api/agents/a-02/conversations", Supervisors, Ok),
            new("GET", "/api/customers/u-mx-1", SupervisorsOfPre, Ok),
            new("GET", "/api/customers/u-mx-2", SupervisorsOfPre, Ok),
            new("GET", $"/api/rulesets/{MatrixFixture.Store}", ["admin", "lead", "lead-presales", "qa"], Ok),
            new("PUT", $"/api/rulesets/{MatrixFixture.Store}", ["admin", "qa"], Ok, RulesetBody),
            new("GET", $"/api/reports/agents?from={Today}&to={Today}", ["admin", "lead", "lead-presales", "qa", "agent"], Ok) { Name = "GET /api/reports/agents" },
            new("GET", $"/api/reports/agents?from={Today}&to={Today}&teamId=team-after-sales", ["admin", "lead", "qa", "agent"], Ok)
            {
                Name = "GET /api/reports/agents?teamId=team-after-sales",
            },
            new("GET", $"/api/reports/insights?from={Today}&to={Today}", ["admin", "lead", "lead-presales", "qa"], Ok) { Name = "GET /api/reports/insights" },
            new("GET", $"/api/reports/insights?from={Today}&to={Today}&teamId=team-after-sales", ["admin", "lead", "qa"], Ok)
            {
                Name = "GET /api/reports/insights?teamId=team-after-sales",
            },
            new("POST", $"/api/rulesets/{MatrixFixture.Store}/backtest", ["admin", "qa"], Ok, BacktestBody),
            new("POST", $"/api/conversations/{Pre}/disputes", ["agent"], [HttpStatusCode.Created],
                "{\"ruleId\":\"phrase.rude\",\"messageId\":\"c-mx-pre-2\",\"reason\":\"matrix\"}"),
            new("POST", $"/api/conversations/{After}/disputes", [], Ok, "{\"ruleId\":\"phrase.rude\",\"messageId\":\"c-mx-after-2\",\"reason\":\"matrix\"}"),
            new("POST", $"/api/conversations/{Pre}/disputes/{disputeId}/accept", ["admin", "qa"], Acted, "{\"note\":\"matrix\"}")
            {
                Name = "POST /api/conversations/{pre}/disputes/{id}/accept",
            },
            new("POST", $"/api/conversations/{After}/disputes/d-none/reject", ["admin", "qa"], [HttpStatusCode.NotFound], "{\"note\":\"matrix\"}"),
            new("POST", $"/api/conversations/{Pre}/manual-score", ["admin", "qa"], Ok, "{\"dimensions\":{\"courtesy\":80},\"note\":\"matrix\"}"),
            new("GET", "/api/audit", ["admin"], Ok),
            new("GET", "/api/webhooks", ["admin"], Ok),
        };
        return rows.ToDictionary(r => r.Name ?? $"{r.Method} {r.Path}", r => r);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_answers_each_role_and_scope_as_the_contract_says(string endpoint)
    {
        var row = Rows(app.AlertIds, app.DisputeId)[endpoint];
        Assert.DoesNotContain("missing", row.Path, StringComparison.Ordinal);
        var failures = new List<string>();
        foreach (var user in MatrixFixture.Users)
        {
            using var client = app.Client(user);
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path);
            if (row.Body is not null)
            {
                var body = row.Body switch
                {
                    RulesetBody => app.RulesetJson,
                    BacktestBody => $"{{\"from\":\"{Today}\",\"to\":\"{Today}\",\"ruleset\":{app.RulesetJson}}}",
                    _ => row.Body,
                };
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            var status = (await client.SendAsync(request)).StatusCode;
            var expected = user == MatrixFixture.Anonymous ? [HttpStatusCode.Unauthorized]
                : row.Allowed.Contains(user) ? row.Success
                : [HttpStatusCode.Forbidden];
            if (!expected.Contains(status))
            {
                failures.Add($"{row.Method} {row.Path} as {user}: {(int)status}, expected {string.Join("/", expected.Select(e => (int)e))}");
            }
        }

        output.WriteLine($"{endpoint}: {MatrixFixture.Users.Length} callers checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Lists_only_hold_what_the_caller_may_see()
    {
        using var presales = app.Client("lead-presales");
        using var agent = app.Client("agent");

        var presalesAlerts = JsonDocument.Parse(await presales.GetStringAsync($"/api/alerts?storeId={MatrixFixture.Store}")).RootElement.EnumerateArray().ToList();
        var agentAlerts = JsonDocument.Parse(await agent.GetStringAsync($"/api/alerts?storeId={MatrixFixture.Store}")).RootElement.EnumerateArray().ToList();
        var presalesStores = JsonDocument.Parse(await presales.GetStringAsync("/api/stores")).RootElement;

        Assert.NotEmpty(presalesAlerts);
        Assert.All(presalesAlerts, a => Assert.Equal("team-pre-sales", a.GetProperty("teamId").GetString()));
        Assert.NotEmpty(agentAlerts);
        Assert.All(agentAlerts, a => Assert.Equal("a-01", a.GetProperty("agentId").GetString()));
        Assert.All(presalesStores.EnumerateArray().SelectMany(s => s.GetProperty("teams").EnumerateArray()),
            t => Assert.Equal("team-pre-sales", t.GetProperty("teamId").GetString()));
    }

    [Fact]
    public async Task Ingest_and_import_take_api_keys_only_and_login_answers_200_401_400()
    {
        using var anonymous = app.Client(MatrixFixture.Anonymous);
        using var admin = app.Client("admin");
        object[] empty = [];

        async Task<HttpStatusCode> Post(HttpClient client, string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(empty) };
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await Post(anonymous, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(anonymous, "not-a-key"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(anonymous, MatrixFixture.ApiKey + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(admin, null));
        Assert.Equal(HttpStatusCode.Accepted, await Post(anonymous, MatrixFixture.ApiKey));
        Assert.Equal(HttpStatusCode.Accepted, await Post(anonymous, MatrixFixture.SecondApiKey));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/import", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.PostAsync("/api/import", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/import/any")).StatusCode);
        using var keyed = app.CreateIngestClient();
        Assert.Equal(HttpStatusCode.NotFound, (await keyed.GetAsync("/api/import/never-started")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { name = "qa", password = "demo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/token", new { name = "qa", password = "wrong" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/token", new { name = "nobody", password = "demo" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/token", new { name = "qa" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Forged_tampered_or_unsigned_tokens_are_401()
    {
        var token = app.Token("admin");
        var parts = token.Split('.');
        var forgedPayload = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"name\":\"admin\",\"role\":\"admin\",\"iss\":\"realtime\",\"aud\":\"realtime\",\"exp\":4102444800}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        string[] forged = [$"{parts[0]}.{forgedPayload}.{parts[2]}", $"{parts[0]}.{parts[1]}.", "eyJhbGciOiJub25lIn0." + forgedPayload + ".", "garbage"];

        foreach (var bad in forged)
        {
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bad);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        }
    }

    public static TheoryData<string, string, int> Hubs() => new()
    {
        { "/hubs/floor", "admin", 200 }, { "/hubs/floor", "lead", 200 }, { "/hubs/floor", "lead-presales", 200 }, { "/hubs/floor", "oncall", 200 },
        { "/hubs/floor", "qa", 403 }, { "/hubs/floor", "agent", 403 }, { "/hubs/floor", MatrixFixture.Anonymous, 401 },
        { "/hubs/oncall", "admin", 200 }, { "/hubs/oncall", "lead", 200 }, { "/hubs/oncall", "lead-presales", 200 }, { "/hubs/oncall", "oncall", 200 },
        { "/hubs/oncall", "qa", 403 }, { "/hubs/oncall", "agent", 403 }, { "/hubs/oncall", MatrixFixture.Anonymous, 401 },
        { "/hubs/agent", "agent", 200 }, { "/hubs/agent", "admin", 403 }, { "/hubs/agent", "lead", 403 }, { "/hubs/agent", "lead-presales", 403 },
        { "/hubs/agent", "oncall", 403 }, { "/hubs/agent", "qa", 403 }, { "/hubs/agent", MatrixFixture.Anonymous, 401 },
    };

    [Theory]
    [MemberData(nameof(Hubs))]
    public async Task Hub_connection_answers_each_role(string path, string user, int expected)
    {
        await using var hub = app.Hub(path, user);

        var status = 200;
        try
        {
            await hub.StartAsync();
        }
        catch (HttpRequestException ex)
        {
            status = (int)(ex.StatusCode ?? 0);
        }

        Assert.Equal(expected, status);
    }

    public static TheoryData<string, string?, string?, bool> Subscriptions() => new()
    {
        { "admin", null, null, true }, { "admin", MatrixFixture.Store, "team-after-sales", true },
        { "lead", null, null, true }, { "lead", MatrixFixture.Store, "team-after-sales", true },
        { "oncall", null, "team-pre-sales", true },
        { "lead-presales", null, "team-pre-sales", true }, { "lead-presales", MatrixFixture.Store, "team-pre-sales", true },
        { "lead-presales", null, null, false }, { "lead-presales", MatrixFixture.Store, null, false },
        { "lead-presales", null, "team-after-sales", false }, { "lead-presales", MatrixFixture.Store, "team-after-sales", false },
    };

    [Theory]
    [MemberData(nameof(Subscriptions))]
    public async Task Floor_subscribe_is_allowed_only_within_scope(string user, string? storeId, string? teamId, bool allowed)
    {
        await using var hub = app.Hub("/hubs/floor", user);
        await hub.StartAsync();

        var call = hub.InvokeAsync("Subscribe", storeId, teamId);

        if (allowed)
        {
            await call;
        }
        else
        {
            var error = await Assert.ThrowsAsync<HubException>(() => call);
            Assert.Contains("Forbidden", error.Message, StringComparison.Ordinal);
        }
    }
}
