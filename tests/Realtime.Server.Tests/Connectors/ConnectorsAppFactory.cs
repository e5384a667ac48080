using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Connectors;

/// <summary>The test server with a Chatwoot webhook secret and token, and a generic source "helpdesk" mapped.</summary>
public sealed class ConnectorsAppFactory : IDisposable
{
    public const string ChatwootSecret = "cw-webhook-secret-0123456789";
    public const string ChatwootToken = "cw-url-token-42";
    public const string HelpdeskKey = "helpdesk-key-7";

    private readonly RealtimeAppFactory _base = new();

    public ConnectorsAppFactory()
    {
        Factory = _base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Connectors:Chatwoot:Secret", ChatwootSecret);
            b.UseSetting("Connectors:Chatwoot:Token", ChatwootToken);
            b.UseSetting("Connectors:Chatwoot:StoreId", "store-cw");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:ApiKeys:0", HelpdeskKey);
            b.UseSetting("Connectors:Generic:Sources:helpdesk:ItemsPath", "$.payload.items");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:eventId", "$.uid");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:occurredAt", "$.ts");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:conversationId", "$.thread.id");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:sender", "$.direction");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:text", "$.body");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:customerId", "$.thread.customer['user id']");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Fields:agentId", "$.author.login");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Constants:type", "message");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Constants:storeId", "store-hd");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:Constants:platform", "shopify");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:ValueMaps:sender:in", "customer");
            b.UseSetting("Connectors:Generic:Sources:helpdesk:ValueMaps:sender:out", "agent");
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { name = "admin", password = "demo" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose()
    {
        Factory.Dispose();
        _base.Dispose();
    }

    private sealed record TokenBody(string Token);
}
