using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Security;

/// <summary>
/// The real server seeded with one conversation per team of <c>store-mx</c>: <c>c-mx-pre</c> (team-pre-sales, agent a-01,
/// the demo <c>agent</c>) and <c>c-mx-after</c> (team-after-sales, agent a-02), each with open alerts. Tokens are made once.
/// </summary>
public sealed class MatrixFixture : RealtimeAppFactory, IAsyncLifetime
{
    public const string Anonymous = "anonymous";
    public const string Store = "store-mx";

    public static readonly string[] Users = [Anonymous, "admin", "lead", "lead-presales", "oncall", "qa", "agent"];

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>(conversation, kind) → alert id.</summary>
    public Dictionary<(string Conversation, string Kind), string> AlertIds { get; } = [];

    /// <summary>The seeded store's ruleset as read before the tests, a valid PUT body.</summary>
    public string RulesetJson { get; private set; } = "";

    /// <summary>A dispute agent a-01 opened on <c>c-mx-pre</c> (banned term), for the decision rows.</summary>
    public string DisputeId { get; private set; } = "missing";

    public async Task InitializeAsync()
    {
        foreach (var user in Users.Skip(1))
        {
            _tokens[user] = await TokenAsync(user);
        }

        using var ingest = CreateIngestClient();
        var now = Events.Now;
        foreach (var (id, agent, team, customer) in new[] { ("c-mx-pre", "a-01", "team-pre-sales", "u-mx-1"), ("c-mx-after", "a-02", "team-after-sales", "u-mx-2") })
        {
            var response = await ingest.PostAsJsonAsync("/api/events", new object[]
            {
                Events.Started(id, customer, now, Store, team),
                Events.Assigned(id, agent, now, Store, team),
                Events.Customer(id, customer, $"{id}-1", "再不给我退款我就给差评,还要投诉到12315", now.AddSeconds(1), Store, team),
                Events.Agent(id, agent, $"{id}-2", "亲,我们是全网最低价,你有病吧", now.AddSeconds(5), Store, team),
            });
            response.EnsureSuccessStatusCode();
        }

        using var agentClient = Client("agent");
        var dispute = await agentClient.PostAsJsonAsync("/api/conversations/c-mx-pre/disputes", new { ruleId = "phrase.banned", messageId = "c-mx-pre-2", reason = "quoted the customer" });
        dispute.EnsureSuccessStatusCode();
        DisputeId = JsonDocument.Parse(await dispute.Content.ReadAsStringAsync()).RootElement.GetProperty("disputeId").GetString()!;

        using var admin = Client("admin");
        RulesetJson = await admin.GetStringAsync($"/api/rulesets/{Store}");
        var alerts = JsonDocument.Parse(await admin.GetStringAsync($"/api/alerts?storeId={Store}")).RootElement;
        foreach (var a in alerts.EnumerateArray())
        {
            AlertIds[(a.GetProperty("conversationId").GetString()!, a.GetProperty("kind").GetString()!)] = a.GetProperty("alertId").GetString()!;
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public string Token(string user) => _tokens[user];

    public HttpClient Client(string user)
    {
        var client = CreateClient();
        if (user != Anonymous)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        }

        return client;
    }

    public HubConnection Hub(string path, string user) => new HubConnectionBuilder()
        .WithUrl(new Uri(Server.BaseAddress, path), o =>
        {
            o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            o.AccessTokenProvider = () => Task.FromResult(user == Anonymous ? null : (string?)_tokens[user]);
        })
        .Build();
}
