namespace Realtime.Testing.Redis;

/// <summary>How a test's own redis-server is started.</summary>
public sealed record RedisServerOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Write the append-only file, as production does (needed to survive a restart).</summary>
    public bool AppendOnly { get; init; }

    /// <summary><c>appendfsync</c> policy when <see cref="AppendOnly"/>: <c>always</c>, <c>everysec</c> or <c>no</c>.</summary>
    public string AppendFsync { get; init; } = "everysec";

    /// <summary>Folder for the append-only file; a new temp folder when null.</summary>
    public string? DataDirectory { get; init; }
}
