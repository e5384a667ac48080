using System.Net.Sockets;
using System.Text;

namespace Realtime.Testing.Redis;

/// <summary>Speaks just enough RESP to tell whether a Redis server answers, without a client library.</summary>
public static class RedisPing
{
    /// <summary>Whether the server at <paramref name="host"/>:<paramref name="port"/> answers PING with PONG.</summary>
    public static async Task<bool> AnswersAsync(string host, int port, CancellationToken cancellationToken = default)
    {
        string reply = await SendAsync(host, port, "PING", cancellationToken);
        return reply.StartsWith("+PONG", StringComparison.Ordinal);
    }

    /// <summary>Sends one command without arguments and returns the first line of the reply ("" when the connection fails).</summary>
    public static async Task<string> SendAsync(string host, int port, string command, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, cancellationToken);
            NetworkStream stream = client.GetStream();
            byte[] request = Encoding.ASCII.GetBytes($"*1\r\n${command.Length}\r\n{command}\r\n");
            await stream.WriteAsync(request, cancellationToken);
            byte[] buffer = new byte[256];
            int read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return string.Empty;
        }
    }
}
