using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Realtime.LoadTests.Baseline;

namespace Realtime.LoadTests.Load;

/// <summary>
/// Posts prepared batches to <c>/api/events</c> at a target event rate (or as fast as it can with <c>null</c>), with
/// at most <c>maxInFlight</c> requests outstanding; behind schedule it sends as fast as answers come back. With several
/// base addresses (the processes of a cluster) the batches go round-robin over them, on the one schedule.
/// </summary>
public sealed class RateDriver : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient[] _http;
    private readonly string _apiKey;
    private readonly int _maxInFlight;

    public RateDriver(Uri baseAddress, string apiKey, int maxInFlight)
        : this([baseAddress], apiKey, maxInFlight)
    {
    }

    public RateDriver(IReadOnlyList<Uri> baseAddresses, string apiKey, int maxInFlight)
    {
        _http = [.. baseAddresses.Select(a => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxInFlight, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = a,
            Timeout = TimeSpan.FromSeconds(60),
        })];
        _apiKey = apiKey;
        _maxInFlight = maxInFlight;
    }

    /// <summary>Probe conversation id → timestamp (<see cref="Stopwatch"/>) its POST started.</summary>
    public ConcurrentDictionary<string, long> ProbeSentAt { get; } = new(StringComparer.Ordinal);

    public Task<DriveResult> RunAsync(IReadOnlyList<PreparedBatch> batches, double? eventsPerSecond, TimeSpan duration, bool cycle = false) =>
        RunAsync(i => cycle || i < batches.Count ? batches[i % batches.Count] : null, eventsPerSecond, duration);

    /// <summary>Sends <paramref name="next"/>(0), (1), … until it answers null or <paramref name="duration"/> is over.</summary>
    public async Task<DriveResult> RunAsync(Func<int, PreparedBatch?> next, double? eventsPerSecond, TimeSpan duration)
    {
        using var gate = new SemaphoreSlim(_maxInFlight);
        var pending = new List<Task>();
        long accepted = 0, failed = 0, sentEvents = 0;
        var start = Stopwatch.GetTimestamp();
        var scheduledEvents = 0L;
        for (var i = 0; ; i++)
        {
            if (eventsPerSecond is { } rate)
            {
                var due = TimeSpan.FromSeconds(scheduledEvents / rate) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(due);
                }
            }

            if (Stopwatch.GetElapsedTime(start) >= duration)
            {
                break;
            }

            await gate.WaitAsync();
            if (next(i) is not { } batch)
            {
                gate.Release();
                break;
            }

            scheduledEvents += batch.Events;
            sentEvents += batch.Events;
            pending.Add(SendAsync(batch, _http[i % _http.Length]));
            if (pending.Count > 4 * _maxInFlight)
            {
                pending.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(pending);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new DriveResult(sentEvents, accepted, failed, elapsed);

        async Task SendAsync(PreparedBatch batch, HttpClient http)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new ByteArrayContent(batch.Body) };
                request.Content.Headers.ContentType = Json;
                request.Headers.Add("X-Api-Key", _apiKey);
                if (batch.ProbeConversationId is { } probe)
                {
                    ProbeSentAt[probe] = Stopwatch.GetTimestamp();
                }

                using var answer = await http.SendAsync(request);
                if ((int)answer.StatusCode == 202)
                {
                    var body = await answer.Content.ReadAsByteArrayAsync();
                    var result = JsonSerializer.Deserialize(body, BaselineJsonContext.Default.IngestResult);
                    Interlocked.Add(ref accepted, result?.Accepted ?? 0);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failed);
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref failed);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    public void Dispose()
    {
        foreach (var http in _http)
        {
            http.Dispose();
        }
    }
}

/// <summary>What a drive achieved: events sent and accepted, failed requests, wall time to the last answer.</summary>
public sealed record DriveResult(long SentEvents, long AcceptedEvents, long FailedRequests, TimeSpan Elapsed)
{
    public double AcceptedPerSecond => AcceptedEvents / Elapsed.TotalSeconds;
}
