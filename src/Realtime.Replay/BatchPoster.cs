using System.Net.Http.Headers;
using System.Net.Http.Json;
using Realtime.Contracts.Events;
using Realtime.Contracts.Import;

namespace Realtime.Replay;

/// <summary>Posts one pre-serialised batch to <c>POST /api/events</c>; retries live in the client's resilience handler.</summary>
public sealed class BatchPoster(HttpClient client, ReplayTotals totals)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>A JSON array of the events, built from their bytes without re-serialising.</summary>
    public static byte[] Serialise(IReadOnlyList<TimedEvent> events, int start, int count)
    {
        var length = 2 + Math.Max(0, count - 1);
        for (var i = start; i < start + count; i++)
        {
            length += events[i].Json.Length;
        }

        var body = new byte[length];
        var at = 0;
        body[at++] = (byte)'[';
        for (var i = start; i < start + count; i++)
        {
            if (i > start)
            {
                body[at++] = (byte)',';
            }

            events[i].Json.CopyTo(body, at);
            at += events[i].Json.Length;
        }

        body[at] = (byte)']';
        return body;
    }

    public async Task PostAsync(byte[] body, int count, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        try
        {
            using var response = await client.PostAsync("api/events", content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                totals.Failed(count, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return;
            }

            var result = await response.Content.ReadFromJsonAsync<IngestResult>(ContractJson.Options, cancellationToken);
            totals.Add(count, result ?? new IngestResult(0, 0, []));
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            totals.Failed(count, ex.Message);
        }
    }
}
