using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using K4os.Compression.LZ4;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Realtime.Grains.Conversations;
using Realtime.Grains.Serialization;
using Realtime.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Benchmarks.Storage;

/// <summary>
/// Writing a closed conversation's events, as the state of every conversation is written: Orleans' object format (how
/// field 0 of the state held them) against <see cref="StoredEventFormat"/>. The conversations are the real dialogues
/// of <c>../shared/data/dialogues</c>, each message scored by the rule-based scorer with the default ruleset.
/// Figures are per conversation; the set-up prints the bytes of each format before and after LZ4.
/// </summary>
[MemoryDiagnoser]
public class ConversationStateBenchmarks
{
    private const int Conversations = 1_000;

    private List<StoredEvent>[] _conversations = [];
    private Serializer _serializer = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _serializer = new ServiceCollection()
            .AddSerializer(s => s.AddRealtimeSerialization().AddAssembly(typeof(ConversationState).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        _conversations = [.. DialogueConversations().Take(Conversations)];
        var objects = _conversations.Select(c => _serializer.SerializeToArray(c)).ToList();
        var packed = _conversations.Select(c => Packed(c)).ToList();
        Console.WriteLine($"// {_conversations.Length} conversations, {_conversations.Average(c => c.Count):F1} events each");
        Console.WriteLine($"// Orleans objects: {objects.Average(b => b.Length):F0} B, LZ4 {objects.Average(Lz4):F0} B");
        Console.WriteLine($"// packed:          {packed.Average(b => b.Length):F0} B, LZ4 {packed.Average(Lz4):F0} B");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Conversations)]
    public int OrleansObjects()
    {
        var total = 0;
        foreach (var events in _conversations)
        {
            _buffer.ResetWrittenCount();
            _serializer.Serialize(events, _buffer);
            total += _buffer.WrittenCount;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Conversations)]
    public int Packed()
    {
        var total = 0;
        foreach (var events in _conversations)
        {
            _buffer.ResetWrittenCount();
            StoredEventFormat.Write(events, _buffer);
            total += _buffer.WrittenCount;
        }

        return total;
    }

    private static byte[] Packed(List<StoredEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>();
        StoredEventFormat.Write(events, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static double Lz4(byte[] bytes) => LZ4Pickler.Pickle(bytes, LZ4Level.L00_FAST).Length;

    /// <summary>Each dialogue as the events the server keeps: started, its turns as scored messages, closed.</summary>
    private static IEnumerable<List<StoredEvent>> DialogueConversations()
    {
        var scorer = new MessageScorer();
        var ruleset = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));
        var directory = Path.Combine(Scoring.ScoringCorpus.FindRepositoryRoot(), "..", "shared", "data", "dialogues");
        var n = 0;
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using var dialogue = JsonDocument.Parse(line);
                var id = $"c-{++n}";
                var at = new DateTimeOffset(2026, 11, 11, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(n);
                var events = new List<StoredEvent> { Event(id, "conversation.started", at, 0, null, null) };
                foreach (var turn in dialogue.RootElement.GetProperty("turns").EnumerateArray())
                {
                    var sender = turn.GetProperty("role").GetString() == "agent" ? "agent" : "customer";
                    var text = turn.GetProperty("text").GetString() ?? string.Empty;
                    at = at.AddSeconds(20);
                    events.Add(Event(id, "message", at, events.Count, sender, text) with { Analysis = scorer.Score(text, sender, ruleset) });
                }

                events.Add(Event(id, "conversation.closed", at.AddSeconds(30), events.Count, null, null));
                yield return events;
            }
        }
    }

    private static StoredEvent Event(string conversation, string type, DateTimeOffset at, int seq, string? sender, string? text) => new()
    {
        EventId = $"{conversation}-e{seq}",
        Type = type,
        OccurredAt = at,
        Seq = seq,
        Sender = sender,
        AgentId = "agent-007",
        CustomerId = $"u-{conversation}",
        StoreId = "store-1",
        TeamId = "team-a",
        Platform = "taobao",
        Channel = "chat",
        Text = text,
        RulesetVersion = 1,
    };
}
