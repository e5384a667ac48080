using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Realtime.Server.Import;

/// <summary>The imports this process runs or ran lately. Progress is per process: ask the one that took the upload.</summary>
public sealed class ImportRegistry(IOptions<ImportOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>A new job, or null when an import with that id is still running.</summary>
    public ImportJob? Start(string? id)
    {
        var job = new ImportJob(string.IsNullOrWhiteSpace(id) ? Guid.NewGuid().ToString("n") : id, time.GetUtcNow());
        if (_jobs.TryGetValue(job.Id, out var existing) && existing.IsRunning)
        {
            return null;
        }

        _jobs[job.Id] = job;
        Trim();
        return job;
    }

    public ImportJob? Find(string id) => _jobs.GetValueOrDefault(id);

    private void Trim()
    {
        var finished = _jobs.Values.Where(j => !j.IsRunning).ToList();
        foreach (var old in finished.OrderBy(j => j.StartedAt).Take(finished.Count - options.Value.KeepFinished))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }
}
