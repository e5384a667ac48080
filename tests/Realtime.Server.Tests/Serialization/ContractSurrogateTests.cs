using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Serialization;

namespace Realtime.Server.Tests.Serialization;

/// <summary>The contract types kept in hot grain state travel in Orleans' binary format, not through the JSON codec.</summary>
public sealed class ContractSurrogateTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(s => s.AddRealtimeSerialization().AddAssembly(typeof(AlertConverter).Assembly))
        .BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    [Theory]
    [InlineData(typeof(Alert))]
    [InlineData(typeof(AlertNote))]
    [InlineData(typeof(MessageAnalysis))]
    [InlineData(typeof(PhraseHit))]
    [InlineData(typeof(PiiHit))]
    [InlineData(typeof(Deduction))]
    public void Hot_contract_types_use_their_surrogate_not_the_json_codec(Type type)
    {
        var codec = _services.GetRequiredService<ICodecProvider>().GetCodec(type);

        Assert.StartsWith("SurrogateCodec", codec.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alert_with_its_history_round_trips()
    {
        var at = new DateTimeOffset(2026, 11, 11, 0, 0, 1, TimeSpan.FromHours(8));
        var alert = new Alert
        {
            AlertId = "al-default-000042",
            Kind = AlertKinds.BannedTerm,
            Severity = Severities.Critical,
            Status = AlertStatuses.Acknowledged,
            ConversationId = "c-1",
            AgentId = "a-1",
            CustomerId = "u-1",
            StoreId = "store-9",
            TeamId = "t-1",
            RaisedAt = at,
            Message = "Banned term",
            Evidence = "全网最低价",
            RuleId = RuleIds.BannedTerm,
            EscalatedAlertId = "al-default-000041",
            AcknowledgedAt = at.AddSeconds(30),
            AcknowledgedBy = "lead",
            History = [new AlertNote(at, "raised", null, null), new AlertNote(at.AddSeconds(30), "acknowledged", "lead", "on it")],
        };

        var copy = Serializer.Deserialize<Alert>(Serializer.SerializeToArray(alert))!;

        Assert.Equal(alert with { History = [] }, copy with { History = [] });
        Assert.Equal(alert.History, copy.History);
        Assert.Equal(at.Offset, copy.RaisedAt.Offset);
    }

    [Fact]
    public void A_message_analysis_round_trips_with_empty_and_full_lists()
    {
        var full = new MessageAnalysis
        {
            Language = "zh",
            MaskedText = "电话 ***********",
            Tags = ["greeting", "disclosure.refund.time"],
            Hits = [new PhraseHit(PhraseListNames.Banned, "最低价", 3, 3, "最低价")],
            Pii = [new PiiHit("phone", 3, 11, "***********")],
            Deductions = [new Deduction { RuleId = RuleIds.PiiLeak, Dimension = Dimensions.Compliance, Points = 10, Reason = "PII", Start = 3, Length = 11, MessageId = "m-1" }],
            Sentiment = "negative",
            SentimentConfidence = 0.91,
            Topic = "refund",
            TopicConfidence = 0.7,
            ComplaintRisk = 0.2,
        };
        var empty = new MessageAnalysis { MaskedText = "嗯" };

        var fullCopy = Serializer.Deserialize<MessageAnalysis>(Serializer.SerializeToArray(full))!;
        var emptyCopy = Serializer.Deserialize<MessageAnalysis>(Serializer.SerializeToArray(empty))!;

        Assert.Equal(full.Tags, fullCopy.Tags);
        Assert.Equal(full.Hits, fullCopy.Hits);
        Assert.Equal(full.Pii, fullCopy.Pii);
        Assert.Equal(full.Deductions, fullCopy.Deductions);
        Assert.Equal((full.Language, full.MaskedText, full.Sentiment, full.SentimentConfidence, full.Topic, full.TopicConfidence, full.ComplaintRisk),
            (fullCopy.Language, fullCopy.MaskedText, fullCopy.Sentiment, fullCopy.SentimentConfidence, fullCopy.Topic, fullCopy.TopicConfidence, fullCopy.ComplaintRisk));
        Assert.Empty(emptyCopy.Tags);
        Assert.Empty(emptyCopy.Hits);
        Assert.Equal(("und", "嗯", (string?)null), (emptyCopy.Language, emptyCopy.MaskedText, emptyCopy.Sentiment));
    }

    public void Dispose() => _services.Dispose();
}
