using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>Inputs the fuzzer found failing, kept as they were found (each answered 500 or lost its batch before).</summary>
public sealed class FuzzRegressionTests(RealtimeAppFactory app) : IClassFixture<RealtimeAppFactory>
{
    [Theory]
    [InlineData("""{"online":["{\uda1f3佻T",""],"":"","2026-12-04T14:23:16.3599387+00:00":3.5}""", "online")]
    [InlineData("""{"sla":{"note":{"\udc00":1}}}""", "sla.note")]
    [InlineData("""{"conversion":{"note":"\udd3bQk"}}""", "conversion.note")]
    [InlineData("""{"phrases":{"monday":["\uddecx"]}}""", "phrases.monday")]
    public async Task A_ruleset_whose_unknown_field_holds_an_unpaired_surrogate_is_a_400_naming_it(string body, string field)
    {
        using var qa = await app.CreateUserClientAsync("qa");

        var response = await qa.PutAsync("/api/rulesets/store-fz-regression", new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync("/api/rulesets/store-fz-regression")).StatusCode);
    }

    [Fact]
    public async Task An_event_nested_deeper_than_sixteen_levels_is_rejected_alone_and_its_batch_applied()
    {
        using var ingest = app.CreateIngestClient();
        var deep = Events.Customer("c-fz-deep", "u-fz", "c-fz-deep-1", "hi", Events.Now);
        var valid = Events.Customer("c-fz-deep", "u-fz", "c-fz-deep-2", "hi", Events.Now);
        var body = "[" + JsonSerializer.Serialize(deep)[..^1] + ",\"raw\":" + new string('[', 40) + new string(']', 40) + "}," + JsonSerializer.Serialize(valid) + "]";

        var response = await ingest.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        var answer = JsonDocument.Parse(text).RootElement;
        Assert.Equal(1, answer.GetProperty("accepted").GetInt32());
        Assert.StartsWith("raw: nested deeper than 16 levels", Assert.Single(answer.GetProperty("rejected").EnumerateArray()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
