using Realtime.Contracts.Events;
using Realtime.Contracts.Import;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Import;

/// <summary>The live counters of one import, read by <c>GET /api/import/{id}</c> while it runs.</summary>
public sealed class ImportJob(string id, DateTimeOffset startedAt)
{
    public const int MaxErrors = 100;

    private readonly List<ImportError> _errors = [];
    private long _records;
    private long _accepted;
    private long _duplicates;
    private long _rejected;
    private string _status = "running";
    private Text? _failure;
    private DateTimeOffset? _finishedAt;

    public string Id { get; } = id;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public ImportFormat? Format { get; set; }

    public string? EncodingName { get; set; }

    public bool IsRunning => Volatile.Read(ref _status) == "running";

    public void Read(long records) => Interlocked.Add(ref _records, records);

    public void Applied(long accepted, long duplicates)
    {
        Interlocked.Add(ref _accepted, accepted);
        Interlocked.Add(ref _duplicates, duplicates);
    }

    public void Reject(long line, string? eventId, IReadOnlyList<Text> errors)
    {
        Interlocked.Increment(ref _rejected);
        lock (_errors)
        {
            if (_errors.Count < MaxErrors)
            {
                _errors.Add(ImportError.Of(line, eventId, errors));
            }
        }
    }

    public void Complete(DateTimeOffset at)
    {
        _finishedAt = at;
        Volatile.Write(ref _status, "completed");
    }

    public void Fail(DateTimeOffset at, Text error)
    {
        _failure = error;
        _finishedAt = at;
        Volatile.Write(ref _status, "failed");
    }

    public ImportProgress Snapshot(DateTimeOffset now)
    {
        var elapsed = ((_finishedAt ?? now) - StartedAt).TotalSeconds;
        var accepted = Interlocked.Read(ref _accepted);
        var duplicates = Interlocked.Read(ref _duplicates);
        List<ImportError> errors;
        lock (_errors)
        {
            errors = [.. _errors];
        }

        return new ImportProgress
        {
            ImportId = Id,
            Status = Volatile.Read(ref _status),
            Format = Format switch { ImportFormat.Csv => "csv", ImportFormat.JsonLines => "jsonl", _ => null },
            Encoding = EncodingName,
            Records = Interlocked.Read(ref _records),
            Accepted = accepted,
            Duplicates = duplicates,
            Rejected = Interlocked.Read(ref _rejected),
            StartedAt = StartedAt,
            ElapsedSeconds = Math.Round(elapsed, 3),
            EventsPerSecond = elapsed > 0 ? Math.Round((accepted + duplicates) / elapsed, 1) : 0,
            Errors = errors,
            Error = _failure?.Render(TextCatalog.English),
            Failure = _failure is null ? null : RejectionText.Of(_failure),
        };
    }
}
