using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Realtime.Server.Tests.Connectors;
using Realtime.Server.Tests.Security;
using Realtime.Server.Tests.Support;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>
/// Generated hostile input through the real HTTP pipeline (in-process server, embedded silo): never a <c>5xx</c>, and
/// every valid event applied. <c>FUZZ_EVENTS</c> sets how many events (default 3,000; the documented measurement used
/// 100,000), <c>FUZZ_SECONDS</c> the budget of the other endpoints, <c>FUZZ_SEED</c> replays a run.
/// </summary>
public sealed class HttpFuzzTests(ConnectorsAppFactory app, ITestOutputHelper output) : IClassFixture<ConnectorsAppFactory>
{
    private const string ValidPrefix = "e-hv-";
    private const int BatchSize = 100;
    private const int MaxBodyBytes = 190_000;

    private static int Events => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_EVENTS"), out var n) ? n : 3_000;

    [Fact]
    public async Task Hostile_events_never_answer_5xx_and_every_valid_event_is_applied()
    {
        var seed = FuzzBudget.Seed;
        var next = 0;
        string Ids() => ValidPrefix + Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
        var item = Gen.Frequency(
            (3, HostileInputs.ValidEvent(Ids).Select(e => (Json: JsonSerializer.Serialize(e), Valid: (Dictionary<string, object?>?)e))),
            (2, HostileJson.EventLike(ValidPrefix).Select(json => (Json: json, Valid: (Dictionary<string, object?>?)null))));
        using var ingest = app.CreateClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", RealtimeAppFactory.ApiKey);
        var statuses = new Dictionary<int, int>();
        var messages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        long sent = 0, valid = 0, accepted = 0, duplicates = 0, rejected = 0, retried = 0, requests = 0;
        var clock = Stopwatch.StartNew();

        while (sent < Events)
        {
            var batch = item.Sample(Math.Min(BatchSize, Events - (int)sent), FuzzBudget.Round(seed, sent), 40).ToList();
            foreach (var chunk in Chunks(batch))
            {
                var body = "[" + string.Join(",", chunk.Select(i => i.Json)) + "]";
                using var response = await ingest.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"));
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                requests++;
                sent += chunk.Count;
                Assert.True(status == 202, $"seed {seed}: {status} for a batch of {chunk.Count}: {text[..Math.Min(500, text.Length)]}\n{body[..Math.Min(3_000, body.Length)]}");
                var answer = JsonDocument.Parse(text).RootElement;
                var rejections = answer.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("index").GetInt32(), r => r.Clone());
                for (var i = 0; i < chunk.Count; i++)
                {
                    if (chunk[i].Valid is not { } e)
                    {
                        continue;
                    }

                    valid++;
                    Assert.False(rejections.TryGetValue(i, out var r), $"seed {seed}: valid event {e["eventId"]} rejected: {r}");
                    if ((string)e["type"]! == "message")
                    {
                        var conversation = (string)e["conversationId"]!;
                        (messages.TryGetValue(conversation, out var ids) ? ids : messages[conversation] = []).Add((string)e["eventId"]!);
                    }
                }

                Assert.All(rejections.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("error").GetString())));
                retried += rejections.Values.Count(r => r.TryGetProperty("retry", out _));
                accepted += answer.GetProperty("accepted").GetInt32();
                duplicates += answer.GetProperty("duplicates").GetInt32();
                rejected += rejections.Count;
            }
        }

        var elapsed = clock.Elapsed;
        using var admin = await AdminAsync();
        var checkedMessages = 0;
        foreach (var (conversation, expected) in messages)
        {
            var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{conversation}")).RootElement;
            var shown = view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("eventId").GetString()!).ToHashSet();
            Assert.True(shown.IsSupersetOf(expected), $"seed {seed}: {conversation} lacks {string.Join(", ", expected.Except(shown).Take(5))}");
            checkedMessages += expected.Count;
        }

        Assert.True(accepted >= valid, $"accepted {accepted} < valid {valid}");
        Assert.Equal(0, retried);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
        output.WriteLine(
            $"seed {seed}: {sent} events in {requests} requests, {elapsed.TotalSeconds:0.0} s ({sent / elapsed.TotalSeconds:0} events/s); " +
            $"statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; {valid} valid generated, {accepted} accepted, " +
            $"{duplicates} duplicates, {rejected} rejected with a reason; {checkedMessages} valid messages found in {messages.Count} conversations");
    }

    [Fact]
    public async Task Hostile_imports_rulesets_and_webhooks_never_answer_5xx()
    {
        using var ingest = app.CreateClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", RealtimeAppFactory.ApiKey);
        using var qa = await AdminAsync();
        using var hooks = app.CreateClient();
        hooks.DefaultRequestHeaders.Add("X-Api-Key", ConnectorsAppFactory.HelpdeskKey);
        var imports = 0;
        var csv = from header in Gen.Elements("conversation_id,occurred_at,sender,text", "event_id,type,conversation_id,occurred_at,rating", "text")
                  from rows in HostileJson.HostileString().Select(s => s.Length > 200 ? s[..200] : s).ArrayOf().Resize(5).ListOf().Resize(6)
                  select ("text/csv", header + "\n" + string.Join("\n", rows.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")))));
        var jsonl = HostileJson.EventLike(ValidPrefix).ListOf().Resize(6).Select(lines => ("application/x-ndjson", string.Join("\n", lines)));

        await FuzzBudget.RunAsync("POST /api/import", Gen.OneOf(csv, jsonl), async input =>
        {
            var content = new StringContent(input.Item2, Encoding.UTF8);
            content.Headers.ContentType = new(input.Item1);
            using var response = await ingest.PostAsync($"/api/import?importId=fz-{Interlocked.Increment(ref imports)}", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, output, minimum: 30);

        await FuzzBudget.RunAsync("PUT /api/rulesets", Gen.OneOf(LibraryFuzzTests.Rulesets(), HostileJson.Object(3)), async json =>
        {
            using var response = await qa.PutAsync("/api/rulesets/store-fz-http", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }, output, minimum: 30);

        await FuzzBudget.RunAsync("connectors", Gen.OneOf(HostileJson.Value(4), HostileJson.Object(4)), async json =>
        {
            using var chatwoot = await hooks.PostAsync($"/api/connectors/chatwoot?token={ConnectorsAppFactory.ChatwootToken}", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True((int)chatwoot.StatusCode < 500, $"chatwoot {(int)chatwoot.StatusCode}: {await chatwoot.Content.ReadAsStringAsync()}");
            using var generic = await hooks.PostAsync("/api/connectors/generic/helpdesk", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True((int)generic.StatusCode < 500, $"generic {(int)generic.StatusCode}: {await generic.Content.ReadAsStringAsync()}");
        }, output, minimum: 30);
    }

    private async Task<HttpClient> AdminAsync() => await app.CreateAdminClientAsync();

    private static IEnumerable<List<(string Json, Dictionary<string, object?>? Valid)>> Chunks(List<(string Json, Dictionary<string, object?>? Valid)> batch)
    {
        var chunk = new List<(string Json, Dictionary<string, object?>? Valid)>();
        var bytes = 2;
        foreach (var item in batch)
        {
            var size = Encoding.UTF8.GetByteCount(item.Json) + 1;
            if (size > MaxBodyBytes)
            {
                continue;
            }

            if (chunk.Count > 0 && bytes + size > MaxBodyBytes)
            {
                yield return chunk;
                (chunk, bytes) = ([], 2);
            }

            chunk.Add(item);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
