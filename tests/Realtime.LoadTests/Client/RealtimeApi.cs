using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Realtime.LoadTests.Client;

/// <summary>The few API calls the benchmarks make besides ingest: log in, and set a store's SLA thresholds.</summary>
public sealed class RealtimeApi(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    public async Task<string> TokenAsync(string name, string password)
    {
        using var answer = await _http.PostAsJsonAsync("/api/auth/token", new { name, password });
        answer.EnsureSuccessStatusCode();
        var body = await answer.Content.ReadFromJsonAsync<JsonObject>();
        return body?["token"]?.GetValue<string>() ?? throw new InvalidOperationException("No token in the answer.");
    }

    /// <summary>Reads the store's ruleset, changes the SLA thresholds, and PUTs it back (as a <c>qa</c> user).</summary>
    public async Task SetSlaAsync(string token, string storeId, int warnSeconds, int breachSeconds)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/rulesets/{storeId}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var current = await _http.SendAsync(get);
        current.EnsureSuccessStatusCode();
        var ruleset = await current.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("Empty ruleset.");
        var sla = ruleset["sla"]!.AsObject();
        sla["firstResponseWarnSeconds"] = warnSeconds;
        sla["firstResponseBreachSeconds"] = breachSeconds;
        sla["nextResponseWarnSeconds"] = warnSeconds;
        sla["nextResponseBreachSeconds"] = breachSeconds;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/rulesets/{storeId}") { Content = JsonContent.Create(ruleset) };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await _http.SendAsync(put);
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"PUT ruleset answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => _http.Dispose();
}
