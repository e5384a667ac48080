using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Ingest;

public sealed class EventsApiTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Fact]
    public async Task Single_event_is_accepted()
    {
        using var client = app.CreateIngestClient();
        var response = await client.PostAsJsonAsync("/api/events", Events.Started("c-single", "u-1", Events.Now));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(0, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, body.GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public async Task Repeated_event_id_changes_nothing()
    {
        using var client = app.CreateIngestClient();
        using var user = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        object[] batch = [Events.Started("c-dup", "u-2", now), Events.Customer("c-dup", "u-2", "c-dup-m1", "你好,在吗", now.AddSeconds(1))];
        await client.PostAsJsonAsync("/api/events", batch);
        var before = await user.GetStringAsync("/api/conversations/c-dup");

        var again = await client.PostAsJsonAsync("/api/events", batch);

        var body = await Json(again);
        Assert.Equal(0, body.GetProperty("accepted").GetInt32());
        Assert.Equal(2, body.GetProperty("duplicates").GetInt32());
        var after = await user.GetStringAsync("/api/conversations/c-dup");
        Assert.Equal(Messages(before), Messages(after));
    }

    [Fact]
    public async Task Repeats_are_found_in_a_conversation_of_any_length()
    {
        using var client = app.CreateIngestClient();
        var now = Events.Now;
        var messages = Enumerable.Range(0, 150)
            .Select(i => (object)Events.Customer("c-long", "u-long", $"c-long-{i}", $"第{i}条", now.AddSeconds(i)))
            .Prepend(Events.Started("c-long", "u-long", now))
            .ToArray();
        await client.PostAsJsonAsync("/api/events", messages[..30]);
        await client.PostAsJsonAsync("/api/events", messages[30..]);

        var again = await Json(await client.PostAsJsonAsync("/api/events", messages[..5].Concat(messages[100..])
            .Append(Events.Customer("c-long", "u-long", "c-long-new", "还在吗", now.AddMinutes(5))).ToArray()));

        Assert.Equal(1, again.GetProperty("accepted").GetInt32());
        Assert.Equal(56, again.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Batch_keeps_valid_events_and_names_the_bad_field_of_each_rejection()
    {
        using var client = app.CreateIngestClient();
        var now = Events.Now;
        var badTime = Events.Customer("c-mixed", "u-3", "c-mixed-2", "hi", now);
        badTime["occurredAt"] = "yesterday";
        var badSender = Events.Customer("c-mixed", "u-3", "c-mixed-3", "hi", now);
        badSender["sender"] = "robot";
        var noText = Events.Customer("c-mixed", "u-3", "c-mixed-4", "hi", now);
        noText.Remove("text");
        object[] batch = [Events.Started("c-mixed", "u-3", now), badTime, badSender, noText, 42];

        var response = await client.PostAsJsonAsync("/api/events", batch);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("occurredAt", rejected[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c-mixed-2", rejected[0].GetProperty("eventId").GetString());
        Assert.Contains("sender", rejected[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("text", rejected[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("object", rejected[3].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("\"a string\"")]
    [InlineData("{\"eventId\": ")]
    public async Task Body_that_is_not_an_event_or_array_is_a_readable_400(string body)
    {
        using var client = app.CreateIngestClient();
        var response = await client.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Missing_or_wrong_api_key_is_401(string? key)
    {
        using var client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.PostAsJsonAsync("/api/events", Events.Started("c-401", "u-4", Events.Now));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Second_configured_key_is_accepted_for_rotation()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", RealtimeAppFactory.SecondApiKey);

        var response = await client.PostAsJsonAsync("/api/events", Events.Started("c-rotated", "u-5", Events.Now));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_body_of_unknown_length_many_times_the_first_buffer_is_read_whole()
    {
        using var client = app.CreateIngestClient();
        using var user = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        var batch = Enumerable.Range(0, 45)
            .Select(i => (object)Events.Customer("c-long-body", "u-long", $"c-long-body-{i}", $"{i}:" + new string('x', 3000), now.AddSeconds(i)))
            .ToArray();

        // JsonContent streams without a Content-Length: the reader starts at 16 KB and grows to about 140 KB.
        var response = await client.PostAsJsonAsync("/api/events", batch);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        Assert.Equal(45, (await Json(response)).GetProperty("accepted").GetInt32());
        var view = JsonDocument.Parse(await user.GetStringAsync("/api/conversations/c-long-body")).RootElement;
        var texts = view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(45, texts.Count);
        Assert.Equal("44:" + new string('x', 3000), texts[^1]);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_and_nothing_is_applied()
    {
        using var client = app.CreateIngestClient();
        using var user = await app.CreateUserClientAsync("admin");
        var now = Events.Now;
        var batch = Enumerable.Range(0, 60)
            .Select(i => Events.Customer("c-big", "u-6", $"c-big-{i}", new string('x', 4000), now.AddSeconds(i)))
            .ToArray();

        var response = await client.PostAsJsonAsync("/api/events", batch);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("/api/conversations/c-big")).StatusCode);
    }

    [Fact]
    public async Task Text_over_8000_characters_is_rejected_by_name()
    {
        using var client = app.CreateIngestClient();
        var response = await client.PostAsJsonAsync("/api/events", Events.Customer("c-long", "u-7", "c-long-1", new string('好', 8001), Events.Now));

        var body = await Json(response);
        Assert.Equal(0, body.GetProperty("accepted").GetInt32());
        Assert.Contains("text", body.GetProperty("rejected")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string Messages(string conversationJson) =>
        JsonDocument.Parse(conversationJson).RootElement.GetProperty("messages").GetRawText();
}
