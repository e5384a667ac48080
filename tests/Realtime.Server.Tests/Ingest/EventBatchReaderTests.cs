using System.Globalization;
using System.Text;
using Realtime.Contracts.Events;
using Realtime.Contracts.Texts;
using Realtime.Server.Ingest;

namespace Realtime.Server.Tests.Ingest;

/// <summary>The one-pass reader gives what reading each property of a parsed document gave, field by field.</summary>
public sealed class EventBatchReaderTests
{
    private const string Message = """{"eventId":"e-1","type":"message","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-1","customerId":"u-1","sender":"customer","text":"在吗"}""";

    [Fact]
    public void A_repeated_property_counts_by_its_last_value_and_an_earlier_bad_one_is_not_reported()
    {
        var batch = Valid("""[{"eventId":"e-1","type":42,"type":"conversation.started","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-1","customerId":"u-1","customerId":"u-2"}]""");

        var e = Assert.Single(batch.Valid);
        Assert.Equal(EventTypes.ConversationStarted, e.Type);
        Assert.Equal("u-2", e.CustomerId);
    }

    [Fact]
    public void Escaped_names_and_words_read_as_plain_ones_and_plain_words_are_the_vocabulary_constants()
    {
        var batch = Valid("""[{"eventId":"e-1","\u0074ype":"mess\u0061ge","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-1","customerId":"u-1","sender":"customer","text":"hi"}]""");

        var e = Assert.Single(batch.Valid);
        Assert.Equal(EventTypes.Message, e.Type);
        Assert.Same(Senders.Customer, e.Sender);
    }

    [Fact]
    public void Unknown_properties_are_skipped_whatever_they_hold()
    {
        var batch = Valid($$"""[{"meta":{"type":"csat","deep":[1,{"text":"no"}]},"tags":["a"],{{Message[1..]}}]""");

        var e = Assert.Single(batch.Valid);
        Assert.Equal(EventTypes.Message, e.Type);
        Assert.Equal("在吗", e.Text);
    }

    [Fact]
    public void Ids_repeated_in_a_batch_are_read_once_and_ids_alike_stay_apart()
    {
        var batch = Valid($"[{Message},{Message.Replace("e-1", "e-2")},{Message.Replace("e-1", "e-3").Replace("c-1", "c-10")}]");

        Assert.Equal(3, batch.Valid.Count);
        Assert.Same(batch.Valid[0].ConversationId, batch.Valid[1].ConversationId);
        Assert.Equal("c-10", batch.Valid[2].ConversationId);
        Assert.Same(batch.Valid[0].CustomerId, batch.Valid[2].CustomerId);
    }

    [Theory]
    [InlineData("2026-11-22T08:00:00Z")]
    [InlineData("2026-11-22T08:00:00.1234567+08:00")]
    [InlineData("2026-11-22T08:00:00.123456789Z")]
    [InlineData("2026-11-22T08:00:00.99999999-05:30")]
    [InlineData("2026-11-22t08:00:00z")]
    [InlineData("2026-11-22T08:00:00,5Z")]
    [InlineData("2026-11-22T08:00Z")]
    public void Times_read_as_the_date_time_parser_reads_them(string time)
    {
        var batch = Valid($"[{Message.Replace("2026-11-22T08:00:00Z", time)}]");

        var expected = DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var at = Assert.Single(batch.Valid).OccurredAt;
        Assert.Equal(expected, at);
        Assert.Equal(expected.Offset, at.Offset);
    }

    [Theory]
    [InlineData("\"2026-11-22T08:00:00\"", "occurredAt: '2026-11-22T08:00:00' is not an ISO 8601")]
    [InlineData("\"2026-11-22T08:00:00+0800\"", "is not an ISO 8601")]
    [InlineData("\"2026-13-45T25:61:00Z\"", "is not an ISO 8601")]
    [InlineData("1700000000", "occurredAt: must be a string, not number")]
    public void Times_without_an_offset_or_not_times_are_named(string json, string error)
    {
        var rejection = Assert.Single(Rejected(Message.Replace("\"2026-11-22T08:00:00Z\"", json)));

        Assert.Contains(error, rejection.Error, StringComparison.Ordinal);
        Assert.Equal("e-1", rejection.EventId);
    }

    [Theory]
    [InlineData("\"sender\":\"customer\"", "\"sender\":{\"a\":1}", "sender: must be a string, not object")]
    [InlineData("\"sender\":\"customer\"", "\"sender\":[\"customer\"]", "sender: must be a string, not array")]
    [InlineData("\"sender\":\"customer\"", "\"sender\":true", "sender: must be a string, not true")]
    [InlineData("\"sender\":\"customer\"", "\"sender\":\"robot\"", "sender: 'robot' is not one of")]
    [InlineData("\"customerId\":\"u-1\"", "\"customerId\":\"u\\u0000\"", "customerId: must not contain control characters")]
    [InlineData("\"customerId\":\"u-1\"", "\"customerId\":\"u\u0085\"", "customerId: must not contain control characters")]
    [InlineData("\"customerId\":\"u-1\"", "\"customerId\":\"\\ud800x\"", "customerId: is not valid Unicode text")]
    [InlineData("\"text\":\"在吗\"", "\"text\":null", "text: required on message")]
    public void Each_bad_field_is_named(string good, string bad, string error)
    {
        var rejection = Assert.Single(Rejected(Message.Replace(good, bad)));

        Assert.Contains(error, rejection.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"five\"")]
    [InlineData("3.5")]
    [InlineData("[5]")]
    public void A_rating_that_is_not_an_integer_is_named(string rating)
    {
        var csat = $$"""{"eventId":"e-9","type":"csat","occurredAt":"2026-11-22T08:00:00Z","conversationId":"c-1","rating":{{rating}}}""";

        Assert.Equal("rating: must be an integer", Assert.Single(Rejected(csat)).Error);
    }

    [Fact]
    public void Every_problem_of_an_event_is_named_in_field_order()
    {
        var rejection = Assert.Single(Rejected("""{"text":7,"eventId":"e-1","type":"message","occurredAt":"soon","storeId":[]}"""));

        Assert.Equal("occurredAt: 'soon' is not an ISO 8601 date-time with offset (e.g. 2026-11-22T08:00:00Z); storeId: must be a string, not array; text: must be a string, not number", rejection.Error);
    }

    [Fact]
    public void Items_that_are_not_objects_are_rejected_by_kind_without_an_id()
    {
        var (batch, _) = EventBatchReader.Read(Utf8($"[{Message},1,\"e\",null,[{Message}]]"), 100);

        Assert.Single(batch!.Valid);
        Assert.Equal(
            ["an event must be a JSON object, not number", "an event must be a JSON object, not string", "an event must be a JSON object, not null", "an event must be a JSON object, not array"],
            batch.Rejected.Select(r => r.Error));
        Assert.Equal([1, 2, 3, 4], batch.Rejected.Select(r => r.Index));
        Assert.All(batch.Rejected, r => Assert.Null(r.EventId));
    }

    [Fact]
    public void A_rejected_event_is_named_by_its_id_even_when_the_id_is_what_is_wrong()
    {
        var longId = new string('x', EventLimits.MaxIdLength + 1);

        var rejection = Assert.Single(Rejected(Message.Replace("e-1", longId)));

        Assert.Equal(longId, rejection.EventId);
        Assert.StartsWith("eventId: 129 characters", rejection.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_object_body_is_one_event_and_repeats_in_a_batch_are_counted()
    {
        Assert.Single(Valid(Message).Valid);
        Assert.Equal(1, Valid($"[{Message},{Message}]").InBatchDuplicates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}x")]
    [InlineData("[] []")]
    [InlineData("[{\"eventId\":\"a\",}]")]
    [InlineData("\uFEFF[]")]
    public void A_body_that_is_not_one_json_value_is_not_valid_json(string body)
    {
        var (batch, error) = EventBatchReader.Read(Utf8(body), 100);

        Assert.Null(batch);
        Assert.StartsWith("The body is not valid JSON", error!.Render(TextCatalog.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_over_the_limit_is_refused_with_its_size()
    {
        var (batch, error) = EventBatchReader.Read(Utf8($"[{string.Join(',', Enumerable.Repeat(Message, 5))}]"), 3);

        Assert.Null(batch);
        Assert.Equal("A batch holds at most 3 events; this one has 5.", error!.Render(TextCatalog.English));
    }

    [Fact]
    public void An_event_nested_deeper_than_sixteen_is_rejected_alone_and_a_body_past_the_limit_is_not_valid_json()
    {
        var (batch, _) = EventBatchReader.Read(Utf8($"[{{\"meta\":{new string('[', 17)}{new string(']', 17)}}},{Message}]"), 100);
        var (_, error) = EventBatchReader.Read(Utf8(new string('[', JsonDepth.MaxBody + 1) + new string(']', JsonDepth.MaxBody + 1)), 100);

        Assert.Equal("meta: nested deeper than 16 levels", Assert.Single(batch!.Rejected).Error.Split("; ")[0]);
        Assert.Single(batch.Valid);
        Assert.StartsWith("The body is not valid JSON", error!.Render(TextCatalog.English), StringComparison.Ordinal);
    }

    private static EventBatchReader.Batch Valid(string body)
    {
        var (batch, error) = EventBatchReader.Read(Utf8(body), 100);
        Assert.Null(error);
        Assert.Empty(batch!.Rejected);
        return batch;
    }

    private static List<IngestRejection> Rejected(string body)
    {
        var (batch, error) = EventBatchReader.Read(Utf8(body), 100);
        Assert.Null(error);
        Assert.Empty(batch!.Valid);
        return batch.Rejected;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
