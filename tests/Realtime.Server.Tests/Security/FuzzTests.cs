using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Realtime.Server.Tests.Support;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Security;

/// <summary>
/// Tens of thousands of FsCheck-generated hostile inputs against the real server in-process, many per request. The seed
/// is printed; set <c>FUZZ_SEED</c> to replay a run.
/// </summary>
public sealed class FuzzTests(RealtimeAppFactory app, ITestOutputHelper output) : IClassFixture<RealtimeAppFactory>
{
    private const int EventBatches = 500;
    private const int BadBodies = 1_500;
    private const int Rulesets = 1_200;
    private const int MaxBodyBytes = 190_000;

    private static readonly string[] OncePerConversation = ["banned.term", "rude.language", "pii.leak", "complaint.risk"];

    [Fact]
    public async Task Hostile_events_are_rejected_with_reasons_valid_ones_kept_and_state_stays_consistent()
    {
        var seed = Seed();
        var random = new Rnd((ulong)seed);
        var next = 0;
        string Ids() => $"e-fz-{Interlocked.Increment(ref next)}";
        var batches = HostileInputs.Batch(Ids).Sample(EventBatches, random, 150).ToList();
        var badBodies = HostileInputs.BadBody().Sample(BadBodies, random, 40).ToList();
        using var ingest = app.CreateIngestClient();
        var sentMessages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var items = 0;
        var requests = 0;
        var sent = new List<List<HostileInputs.FuzzItem>>();

        foreach (var batch in batches)
        {
            foreach (var chunk in Chunks(batch))
            {
                await PostBatchAsync(ingest, chunk, expectDuplicates: false);
                sent.Add(chunk);
                items += chunk.Count;
                requests++;
                foreach (var item in chunk.Where(i => i.Valid && i.IsMessage))
                {
                    (sentMessages.TryGetValue(item.ConversationId!, out var ids) ? ids : sentMessages[item.ConversationId!] = []).Add(item.EventId!);
                }
            }
        }

        // Replays: every valid event of an earlier request is now a duplicate, every broken one still rejected.
        foreach (var chunk in sent.Where((_, i) => i % 10 == 0))
        {
            await PostBatchAsync(ingest, chunk, expectDuplicates: true);
            items += chunk.Count;
            requests++;
        }

        foreach (var (body, status) in badBodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var response = await ingest.PostAsync("/api/events", content);
            Assert.True(status == (int)response.StatusCode,
                $"{(int)response.StatusCode} instead of {status} for {body.Length} bytes: {Convert.ToHexString(body.AsSpan(0, Math.Min(64, body.Length)))}");
            var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (status == 202)
            {
                Assert.Equal(0, answer.GetProperty("accepted").GetInt32());
                Assert.All(answer.GetProperty("rejected").EnumerateArray(), r => Assert.Contains("Unicode", r.GetProperty("error").GetString(), StringComparison.Ordinal));
                Assert.NotEqual(0, answer.GetProperty("rejected").GetArrayLength());
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("detail").GetString()));
            }

            items++;
            requests++;
        }

        using var admin = await app.CreateUserClientAsync("admin");
        foreach (var (conversation, expected) in sentMessages)
        {
            var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/conversations/{conversation}")).RootElement;
            var shown = view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("eventId").GetString()!).ToList();
            Assert.Equal(shown.Count, shown.Distinct().Count());
            Assert.True(expected.SetEquals(shown), $"{conversation}: shows {shown.Count} messages, {expected.Count} were accepted");
        }

        var alerts = new List<JsonElement>();
        foreach (var kind in OncePerConversation)
        {
            var page = JsonDocument.Parse(await admin.GetStringAsync($"/api/alerts?storeId={HostileInputs.Store}&kind={kind}&limit=1000")).RootElement;
            Assert.True(page.GetArrayLength() < 1000, $"{kind}: more alerts than one page holds");
            alerts.AddRange(page.EnumerateArray());
        }

        // One alert per condition: a model-only complaint risk (warning) may precede the explicit threat (critical).
        var repeated = alerts
            .GroupBy(a => (a.GetProperty("conversationId").GetString(), a.GetProperty("kind").GetString(), a.GetProperty("severity").GetString()))
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
        var after = await ingest.PostAsJsonAsync("/api/events", Events.Customer("c-fz-after", "u-fz-after", "e-fz-after", "还在吗", Events.Now));
        Assert.Equal(HttpStatusCode.Accepted, after.StatusCode);
        output.WriteLine($"seed {seed}: {items} ingest inputs in {requests} requests; {sentMessages.Sum(m => m.Value.Count)} messages checked in " +
            $"{sentMessages.Count} conversations; {alerts.Count} alerts checked");
    }

    [Fact]
    public async Task Hostile_rulesets_are_400_with_reasons_or_published_and_a_refused_put_changes_nothing()
    {
        var seed = Seed();
        using var qa = await app.CreateUserClientAsync("qa");
        const string store = "store-fz-rules";
        var current = await qa.GetStringAsync($"/api/rulesets/{store}");
        var bodies = HostileRulesets.Body(current).Sample(Rulesets, new Rnd((ulong)seed), 10).ToList();
        int published = 0, refused = 0;

        foreach (var body in bodies)
        {
            var response = await qa.PutAsync($"/api/rulesets/{store}", new StringContent(body, Encoding.UTF8, "application/json"));
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                published++;
                current = answer;
                Assert.Equal(published, JsonDocument.Parse(answer).RootElement.GetProperty("version").GetInt32());
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {body[..Math.Min(300, body.Length)]}: {answer}");
                Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(answer).RootElement.GetProperty("detail").GetString()));
                refused++;
            }
        }

        Assert.Equal(current, await qa.GetStringAsync($"/api/rulesets/{store}"));
        Assert.True(published > 0 && refused > 0, $"published {published}, refused {refused}");
        output.WriteLine($"seed {seed}: {bodies.Count} rulesets, {published} published, {refused} refused with a reason");
    }

    private async Task PostBatchAsync(HttpClient ingest, List<HostileInputs.FuzzItem> chunk, bool expectDuplicates)
    {
        var body = "[" + string.Join(",", chunk.Select(i => i.Json)) + "]";
        var response = await ingest.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        var result = JsonDocument.Parse(text).RootElement;
        var rejected = result.GetProperty("rejected").EnumerateArray()
            .ToDictionary(r => r.GetProperty("index").GetInt32(), r => r.GetProperty("error").GetString());
        for (var i = 0; i < chunk.Count; i++)
        {
            Assert.True(chunk[i].Valid != rejected.ContainsKey(i), $"item {i} ({(chunk[i].Valid ? "valid" : "broken")}): {chunk[i].Json[..Math.Min(400, chunk[i].Json.Length)]} -> {text[..Math.Min(2000, text.Length)]}");
            Assert.True(chunk[i].Valid || !string.IsNullOrWhiteSpace(rejected[i]));
        }

        var valid = chunk.Count(i => i.Valid);
        Assert.Equal(expectDuplicates ? 0 : valid, result.GetProperty("accepted").GetInt32());
        Assert.Equal(expectDuplicates ? valid : 0, result.GetProperty("duplicates").GetInt32());
    }

    private static IEnumerable<List<HostileInputs.FuzzItem>> Chunks(List<HostileInputs.FuzzItem> batch)
    {
        var chunk = new List<HostileInputs.FuzzItem>();
        var bytes = 2;
        foreach (var item in batch)
        {
            var size = Encoding.UTF8.GetByteCount(item.Json) + 1;
            if (chunk.Count > 0 && bytes + size > MaxBodyBytes)
            {
                yield return chunk;
                chunk = [];
                bytes = 2;
            }

            chunk.Add(item);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static int Seed() => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : Random.Shared.Next();
}
