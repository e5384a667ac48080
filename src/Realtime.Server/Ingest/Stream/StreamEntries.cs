namespace Realtime.Server.Ingest.Stream;

/// <summary>
/// The stream entry format, also for integrators writing to the stream directly (<c>XADD realtime:events * events
/// '[{...},{...}]'</c>): field <c>events</c> holds a JSON event or array of CONTRACT §1 events; optional field
/// <c>historical</c> = <c>1</c> marks imported history (scored, no live alerts).
/// </summary>
public static class StreamEntries
{
    public const string EventsField = "events";
    public const string HistoricalField = "historical";

    public static string SeenPrefix(string streamKey) => $"{streamKey}:seen:";

    public static string WakeChannel(string streamKey) => $"{streamKey}:new";

    public static string DeadLetterKey(string streamKey) => $"{streamKey}:dead";

    /// <summary>
    /// Remembers each event id (SET NX with expiry) and appends only the unseen events, atomically, so an event is
    /// either both remembered and stored or neither. Returns the number appended.
    /// </summary>
    public const string AppendScript = """
        local fresh = {}
        for i = 4, #ARGV, 2 do
          if redis.call('SET', ARGV[1] .. ARGV[i], '1', 'NX', 'EX', ARGV[2]) then
            table.insert(fresh, ARGV[i + 1])
          end
        end
        if #fresh > 0 then
          redis.call('XADD', KEYS[1], '*', 'events', '[' .. table.concat(fresh, ',') .. ']', 'historical', ARGV[3])
          redis.call('PUBLISH', KEYS[1] .. ':new', '1')
        end
        return #fresh
        """;
}
