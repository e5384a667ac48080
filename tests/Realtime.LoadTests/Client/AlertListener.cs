using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Realtime.LoadTests.Client;

/// <summary>A supervisor's <c>/hubs/floor</c> connection subscribed to everything; stamps each <c>alertRaised</c> on arrival.</summary>
public sealed class AlertListener : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private long _floorUpdates;
    private long _alertsReceived;

    private AlertListener(HubConnection connection) => _connection = connection;

    /// <summary>(conversationId, kind) → arrival timestamp (<see cref="Stopwatch"/>) and wall time.</summary>
    public ConcurrentDictionary<(string ConversationId, string Kind), Arrival> Alerts { get; } = new();

    public long FloorUpdates => Interlocked.Read(ref _floorUpdates);

    /// <summary>Every <c>alertRaised</c> received, probes or not.</summary>
    public long AlertsReceived => Interlocked.Read(ref _alertsReceived);

    public static async Task<AlertListener> ConnectAsync(Uri baseAddress, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "/hubs/floor"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var listener = new AlertListener(connection);
        connection.On<JsonElement>("alertRaised", listener.OnAlert);
        connection.On<JsonElement>("alertUpdated", _ => { });
        connection.On<JsonElement>("floorUpdated", _ => Interlocked.Increment(ref listener._floorUpdates));
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", null, null);
        return listener;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnAlert(JsonElement alert)
    {
        var arrival = new Arrival(Stopwatch.GetTimestamp(), DateTimeOffset.UtcNow);
        Interlocked.Increment(ref _alertsReceived);
        if (alert.TryGetProperty("conversationId", out var id) && id.GetString() is { } conversationId
            && alert.TryGetProperty("kind", out var kind) && kind.GetString() is { } k)
        {
            Alerts.TryAdd((conversationId, k), arrival);
        }
    }

    public readonly record struct Arrival(long Timestamp, DateTimeOffset At);
}
