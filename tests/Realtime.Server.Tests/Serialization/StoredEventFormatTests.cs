using System.Buffers;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Conversations;
using Realtime.Grains.Serialization;

namespace Realtime.Server.Tests.Serialization;

/// <summary>A conversation's stored events packed into one block (<see cref="StoredEventFormat"/>) read back as written.</summary>
public sealed class StoredEventFormatTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8));

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddRealtimeSerialization().AddAssembly(typeof(ConversationState).Assembly))
        .BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    [Fact]
    public void Generated_conversations_read_back_as_written()
    {
        var seed = Random.Shared.Next();
        var conversations = Conversation().Sample(300, new Rnd((ulong)seed), 40).ToList();

        foreach (var events in conversations)
        {
            var copy = StoredEventFormat.Read(Pack(events));

            Assert.True(Json(events) == Json(copy), $"seed {seed}: {Json(events)}\n!=\n{Json(copy)}");
        }
    }

    [Fact]
    public void Offsets_and_times_before_the_previous_event_keep_their_exact_instant()
    {
        List<StoredEvent> events =
        [
            Message("e-1", T0, seq: 5, "在吗"),
            Message("e-2", T0.ToOffset(TimeSpan.FromHours(-5)).AddTicks(-1), seq: 2, "late"),
            Message("e-3", T0.ToOffset(TimeSpan.FromMinutes(345)).AddYears(-30), seq: 9, "old"),
        ];

        var copy = StoredEventFormat.Read(Pack(events));

        Assert.Equal(events.Select(e => (e.OccurredAt, e.OccurredAt.Offset, e.Seq)), copy.Select(e => (e.OccurredAt, e.OccurredAt.Offset, e.Seq)));
    }

    [Fact]
    public void A_masked_text_equal_to_the_text_is_written_once_and_read_as_the_same_string()
    {
        var plain = Message("e-1", T0, seq: 1, "你好，请问什么时候发货？");
        var masked = Message("e-2", T0, seq: 2, "电话13812345678") with
        {
            Analysis = new MessageAnalysis { Language = "zh", MaskedText = "电话***********" },
        };

        var copy = StoredEventFormat.Read(Pack([plain, masked]));

        Assert.Same(copy[0].Text, copy[0].Analysis!.MaskedText);
        Assert.Equal("电话***********", copy[1].Analysis!.MaskedText);
        var maskedOtherwise = plain with { Analysis = plain.Analysis! with { MaskedText = "你好，请问什么时候发货。" } };
        Assert.Equal(1 + System.Text.Encoding.UTF8.GetByteCount(plain.Text!), Pack([maskedOtherwise]).Length - Pack([plain]).Length);
    }

    [Fact]
    public void Cut_short_or_unknown_bytes_fail_with_a_reason()
    {
        var bytes = Pack([Message("e-1", T0, seq: 1, "在吗"), Message("e-2", T0.AddSeconds(3), seq: 2, "在的")]);
        var newer = (byte[])bytes.Clone();
        newer[0] = StoredEventFormat.Version + 1;

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => StoredEventFormat.Read(bytes.AsSpan(0, length)));
        }

        Assert.Contains("version", Assert.Throws<InvalidDataException>(() => StoredEventFormat.Read(newer)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => StoredEventFormat.Read([.. bytes, 0]));
    }

    [Fact]
    public void A_conversation_state_round_trips_through_orleans_with_its_events_packed()
    {
        var events = Conversation().Sample(1, new Rnd(7), 20).Single();
        var state = new ConversationState
        {
            Events = events,
            RaisedConditions = new() { ["sla.breach"] = "al-1" },
            NextSeq = 42,
            ReportedAgentId = "a-1",
            ContactRecorded = true,
            ClosedReported = true,
            ReportedDate = "2026-11-11",
        };

        var bytes = Serializer.SerializeToArray(state);
        var copy = Serializer.Deserialize<ConversationState>(bytes)!;

        Assert.Equal(Json(events), Json(copy.Events));
        Assert.Equal(("al-1", 42L, "a-1", true, true, "2026-11-11"), (copy.RaisedConditions["sla.breach"], copy.NextSeq, copy.ReportedAgentId, copy.ContactRecorded, copy.ClosedReported, copy.ReportedDate));

        // Field 0 is written empty (null): a build from before the packed format fails on such a state instead of
        // taking it for a conversation without events.
        Assert.Null(Serializer.Deserialize<ConversationStateWithEventObjects>(bytes)!.Events);
    }

    [Fact]
    public void A_conversation_state_written_with_its_events_as_objects_reads_back()
    {
        var events = Conversation().Sample(1, new Rnd(11), 20).Single();
        var old = new ConversationStateWithEventObjects { Events = events, NextSeq = 3, ReportedAgentId = "a-9", ReportedDate = "2026-11-12" };

        var state = Serializer.Deserialize<ConversationState>(Serializer.SerializeToArray(old))!;

        Assert.Equal(Json(events), Json(state.Events));
        Assert.Equal((3L, "a-9", "2026-11-12"), (state.NextSeq, state.ReportedAgentId, state.ReportedDate));
    }

    [Fact]
    public void A_copied_state_has_a_list_of_its_own()
    {
        var state = new ConversationState { Events = [Message("e-1", T0, seq: 1, "在吗")] };

        var copy = _services.GetRequiredService<DeepCopier>().Copy(state);
        copy.Events.Add(Message("e-2", T0, seq: 2, "在的"));

        Assert.Single(state.Events);
        Assert.Equal(2, copy.Events.Count);
    }

    public void Dispose() => _services.Dispose();

    private static byte[] Pack(IReadOnlyList<StoredEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>();
        StoredEventFormat.Write(events, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Json(IReadOnlyList<StoredEvent> events) => JsonSerializer.Serialize(events);

    private static StoredEvent Message(string id, DateTimeOffset at, long seq, string text) => new()
    {
        EventId = id,
        Type = "message",
        OccurredAt = at,
        Seq = seq,
        Sender = "customer",
        Text = text,
        Analysis = new MessageAnalysis { Language = "zh", MaskedText = text },
    };

    private static Gen<List<StoredEvent>> Conversation() =>
        from count in Gen.Choose(0, 60)
        from events in Gen.ListOf(Event(), count)
        select events.ToList();

    private static Gen<StoredEvent> Event() =>
        from id in Words("e-", "evt-", "消息-")
        from type in Gen.Elements("conversation.started", "message", "agent.assigned", "conversation.closed", "csat", "unknown.kind")
        from seconds in Gen.Choose(-100_000, 100_000)
        from offsetMinutes in Gen.Elements(0, 480, -300, 345, 840)
        from seq in Gen.Choose(-5, 5_000)
        from sender in Maybe(Gen.Elements("customer", "agent", "bot", "system"))
        from agent in Maybe(Gen.Elements("a-1", "a-2", "坐席-3"))
        from customer in Maybe(Gen.Elements("u-1", "u-2"))
        from store in Maybe(Gen.Elements("default", "store-9"))
        from team in Maybe(Gen.Elements("team-a", "team-b"))
        from platform in Maybe(Gen.Elements("taobao", "jd", "web"))
        from channel in Maybe(Gen.Elements("chat", "email"))
        from text in Maybe(Text())
        from rating in Maybe(Gen.Choose(-3, 7).Select(r => (int?)r))
        from role in Maybe(Gen.Elements("agent", "supervisor"))
        from analysis in Maybe(Analysis(text))
        from ruleset in Gen.Choose(0, 3)
        from historical in Gen.Elements(false, true)
        select new StoredEvent
        {
            EventId = id,
            Type = type,
            OccurredAt = new DateTimeOffset(T0.UtcTicks + TimeSpan.TicksPerSecond * seconds + seconds, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes)),
            Seq = seq,
            Sender = sender,
            AgentId = agent,
            CustomerId = customer,
            StoreId = store,
            TeamId = team,
            Platform = platform,
            Channel = channel,
            Text = text,
            Rating = rating,
            Role = role,
            Analysis = analysis,
            RulesetVersion = ruleset,
            Historical = historical,
        };

    private static Gen<MessageAnalysis> Analysis(string? text) =>
        from language in Gen.Elements("zh", "en", "und")
        from masked in Gen.Frequency((3, Gen.Constant(text ?? string.Empty)), (1, Text()))
        from tags in Gen.ListOf(Gen.Elements("greeting", "pii", "disclosure.refund.time"))
        from hits in Gen.ListOf(from l in Gen.Elements(PhraseListNames.Banned, "rude") from p in Text() from s in Gen.Choose(0, 50) from n in Gen.Choose(0, 9) select new PhraseHit(l, p, s, n, p))
        from pii in Gen.ListOf(from k in Gen.Elements("phone", "card") from s in Gen.Choose(0, 50) from n in Gen.Choose(1, 19) select new PiiHit(k, s, n, new string('*', n)))
        from deductions in Gen.ListOf(Deduction())
        from sentiment in Maybe(Gen.Elements("negative", "neutral", "positive"))
        from sentimentConfidence in Maybe(Probability())
        from topic in Maybe(Gen.Elements("refund", "logistics"))
        from topicConfidence in Maybe(Probability())
        from risk in Maybe(Probability())
        select new MessageAnalysis
        {
            Language = language,
            MaskedText = masked,
            Tags = [.. tags],
            Hits = [.. hits],
            Pii = [.. pii],
            Deductions = [.. deductions],
            Sentiment = sentiment,
            SentimentConfidence = sentimentConfidence,
            Topic = topic,
            TopicConfidence = topicConfidence,
            ComplaintRisk = risk,
        };

    private static Gen<Deduction> Deduction() =>
        from rule in Gen.Elements(RuleIds.BannedTerm, RuleIds.PiiLeak)
        from dimension in Gen.Elements(Dimensions.Compliance, Dimensions.Courtesy)
        from points in Gen.Elements(0.0, 2.5, 10, 0.1 + 0.2, -1e-300, double.MaxValue)
        from reason in Text()
        from evidence in Maybe(Text())
        from start in Maybe(Gen.Choose(0, 100).Select(s => (int?)s))
        from length in Maybe(Gen.Choose(0, 100).Select(s => (int?)s))
        from message in Maybe(Gen.Elements("m-1", "m-2"))
        select new Deduction { RuleId = rule, Dimension = dimension, Points = points, Reason = reason, Evidence = evidence, Start = start, Length = length, MessageId = message };

    private static Gen<double?> Probability() => Gen.Choose(0, 1_000_000).Select(n => (double?)(n / 1_000_000.0));

    private static Gen<string> Text() => Gen.Frequency(
        (3, Gen.Elements("在吗", "全网最低价", "电话13812345678", "😡 退款!!!", "𠜎𠜱 surrogate pairs", "", "refund please")),
        (2, Gen.ArrayOf(Gen.Choose(0x20, 0xD7FF).Select(c => (char)c)).Select(cs => new string(cs))));

    private static Gen<string> Words(params string[] prefixes) =>
        from prefix in Gen.Elements(prefixes)
        from n in Gen.Choose(0, 1_000_000)
        select prefix + n;

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static Gen<T?> Maybe<T>(Gen<T?> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen));
}

/// <summary>The conversation state's shape before the packed format: field 0 held the events as Orleans objects.</summary>
[GenerateSerializer]
public sealed class ConversationStateWithEventObjects
{
    [Id(0)] public List<StoredEvent> Events { get; set; } = [];
    [Id(2)] public Dictionary<string, string> RaisedConditions { get; set; } = [];
    [Id(3)] public long NextSeq { get; set; }
    [Id(4)] public string? ReportedAgentId { get; set; }
    [Id(5)] public bool ContactRecorded { get; set; }
    [Id(6)] public bool ClosedReported { get; set; }
    [Id(7)] public string? ReportedDate { get; set; }
}
