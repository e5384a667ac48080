using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Realtime.Contracts.Import;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Texts;
using Realtime.Grains.Conversations;
using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Connectors.Chatwoot;
using Realtime.Server.Connectors.Generic;
using Realtime.Server.Import;
using Realtime.Server.Ingest;
using Xunit.Abstractions;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>
/// Generative fuzzing of the code that reads outside input, in-process and fast: each target runs for
/// <see cref="FuzzBudget.PerTarget"/>. The only allowed answers are a result or a rejection with a reason.
/// </summary>
public sealed class LibraryFuzzTests(ITestOutputHelper output)
{
    private static readonly OccurredAtWindow Window = new IngestOptions().WindowAt(DateTimeOffset.UtcNow);
    private static readonly CompiledRuleset Defaults = CompiledRuleset.Compile(DefaultRulesets.For("store-fz"));
    private static readonly JsonDocumentOptions Depth16 = new() { MaxDepth = 16 };
    private static readonly MessageScorer Scorer = new();

    private static readonly string[] ChatwootKeys =
    [
        "event", "message_type", "content", "conversation", "sender", "id", "created_at", "account", "contact", "contact_inbox",
        "meta", "assignee", "status", "changed_attributes", "current_value", "previous_value", "private", "timestamp", "type",
        "channel", "team", "name", "email", "updated_at", "last_activity_at", "content_attributes",
    ];

    private static readonly string[] ChatwootWords =
    [
        "message_created", "conversation_created", "conversation_status_changed", "conversation_updated", "incoming", "outgoing",
        "template", "activity", "resolved", "contact", "user", "agent_bot",
    ];

    [Fact]
    public void Ingest_reader_answers_every_body_with_a_batch_or_a_reason()
    {
        var bodies = HostileJson.Mangled(Gen.Frequency(
            (5, HostileJson.EventLike("e-hv-").ListOf().Resize(12).Select(items => "[" + string.Join(",", items) + "]")),
            (2, HostileJson.EventLike("e-hv-")),
            (2, HostileJson.Value(4))));

        FuzzBudget.Run("POST /api/events reader", bodies, body =>
        {
            var (batch, error) = EventBatchReader.Read(body, 5_000, window: Window);
            if (batch is null)
            {
                Assert.False(string.IsNullOrWhiteSpace(error?.Render(TextCatalog.English)));
                return;
            }

            Assert.All(batch.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
            Assert.All(batch.Valid, e => Assert.Null(Window.Check(e.OccurredAt)));
            Assert.Equal(batch.Valid.Count, batch.ValidIndexes.Count);
        }, output);
    }

    [Fact]
    public void Event_reader_of_parsed_documents_answers_an_event_or_a_reason()
    {
        FuzzBudget.Run("EventReader (connectors, imports)", HostileJson.EventLike("e-hv-"), json =>
        {
            using var document = TryParse(json);
            if (document is null)
            {
                return;
            }

            var (e, error) = EventReader.Read(document.RootElement, Window);
            Assert.True(e is not null ^ error is not null);
        }, output);
    }

    [Fact]
    public void Scoring_library_scores_any_text()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Models");
        var scorers = new List<IMessageScorer> { new MessageScorer() };
        if (File.Exists(Path.Combine(directory, ShippedTextModels.FileName)))
        {
            scorers.Add(new MessageScorer(ShippedTextModels.Load(directory)));
        }

        var inputs = from text in HostileJson.HostileString()
                     from sender in Gen.Elements("customer", "agent", "bot", "system")
                     from scorer in Gen.Elements(scorers.ToArray())
                     select (text, sender, scorer);
        FuzzBudget.Run("scoring library", inputs, i =>
        {
            var text = i.text.Length > 8_000 ? i.text[..8_000] : i.text;
            var analysis = i.scorer.Score(text, i.sender, Defaults);
            Assert.Equal(text.Length, analysis.MaskedText.Length);
        }, output);
    }

    [Fact]
    public void Chatwoot_mapper_maps_any_webhook_or_says_why_not()
    {
        var mapper = new ChatwootMapper(new ChatwootOptions { StoreId = "store-cw" });
        FuzzBudget.Run("Chatwoot connector", Webhook(ChatwootKeys, ChatwootWords), json =>
        {
            using var document = TryParse(json);
            if (document is null || !JsonUnicode.IsValid(document.RootElement))
            {
                return;
            }

            var mapped = mapper.Map(document.RootElement);
            foreach (var e in mapped.Events)
            {
                EventReader.Read(JsonSerializer.SerializeToElement(e, ContractJson.Options), Window);
            }
        }, output);
    }

    [Fact]
    public void Generic_mapper_maps_any_payload_or_says_why_not()
    {
        var source = new GenericSourceOptions
        {
            ItemsPath = "$.payload.items",
            Fields = new(StringComparer.OrdinalIgnoreCase)
            {
                ["eventId"] = "$.uid", ["occurredAt"] = "$.ts", ["conversationId"] = "$.thread.id", ["sender"] = "$.direction",
                ["text"] = "$.body", ["customerId"] = "$.thread.customer['user id']", ["agentId"] = "$.author.login", ["rating"] = "$.stars[0]",
            },
            Constants = new(StringComparer.OrdinalIgnoreCase) { ["type"] = "message", ["storeId"] = "store-hd" },
            ValueMaps = new(StringComparer.OrdinalIgnoreCase) { ["sender"] = new() { ["in"] = "customer", ["out"] = "agent" } },
        };
        var payloads = Webhook(["payload", "items", "uid", "ts", "thread", "id", "direction", "body", "customer", "user id", "author", "login", "stars"], ["in", "out"]);
        FuzzBudget.Run("generic connector", payloads, json =>
        {
            using var document = TryParse(json);
            if (document is null || !JsonUnicode.IsValid(document.RootElement))
            {
                return;
            }

            var (items, error) = GenericMapper.Map("helpdesk", source, document.RootElement);
            Assert.True(items is not null ^ error is not null);
            foreach (var item in items ?? [])
            {
                EventReader.Read(item, Window);
            }
        }, output);
    }

    [Fact]
    public async Task Import_reader_answers_every_record_of_any_csv_or_jsonl()
    {
        var settings = new ImportBodyReader.Settings(null, null, TimeSpan.FromHours(8), new DialogueTimeline { Start = DateTimeOffset.UtcNow.AddDays(-1), StoreId = "store-im" }, Window);
        var cell = Gen.Frequency((3, HostileJson.HostileString().Select(s => s.Length > 300 ? s[..300] : s)), (2, HostileJson.DateText()), (1, Gen.Elements("message", "customer", "agent", "c-1", "5")));
        var csv = from header in Gen.Shuffle(CsvColumns.All.ToArray()).Select(c => c.Take(8).Append("occurred_at").Append("conversation_id").Distinct().ToArray())
                  from rows in cell.Select(c => c.Contains(',') || c.Contains('"') || c.Contains('\n') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)
                      .ArrayOf().Resize(12).ListOf().Resize(10)
                  select (ImportFormat.Csv, string.Join(",", header) + "\n" + string.Join("\n", rows.Select(r => string.Join(",", r))));
        var dialogue = from id in HostileJson.StringLiteral()
                       from turns in (from role in Gen.Elements("customer", "agent", "bot")
                                      from text in HostileJson.StringLiteral()
                                      select $"{{\"role\":\"{role}\",\"text\":{text}}}").ListOf().Resize(6)
                       select $"{{\"id\":{id},\"turns\":[{string.Join(",", turns)}]}}";
        var jsonl = Gen.Frequency((4, HostileJson.EventLike("e-hv-")), (1, dialogue), (1, HostileJson.Value(3)))
            .ListOf().Resize(10).Select(lines => (ImportFormat.JsonLines, string.Join("\n", lines)));

        await FuzzBudget.RunAsync("POST /api/import reader (CSV, JSONL)", Gen.OneOf(csv, jsonl), async input =>
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(input.Item2));
                await foreach (var record in ImportBodyReader.ReadAsync(new StringReader(decoded), input.Item1, settings, CancellationToken.None))
                {
                    Assert.True(record.Event is not null || record.Errors is [_, ..]);
                }
            }
            catch (Exception ex) when (ex is TextException or InvalidDataException or NotSupportedException or DecoderFallbackException)
            {
                // A body the import reports as failed, with this message.
            }
        }, output, minimum: 200);
    }

    [Fact]
    public void Ruleset_validation_answers_any_document_with_errors_or_a_ruleset_that_scores()
    {
        FuzzBudget.Run("ruleset validation (PUT /api/rulesets)", Rulesets(), json =>
        {
            Ruleset? ruleset;
            try
            {
                ruleset = JsonSerializer.Deserialize<Ruleset>(Encoding.UTF8.GetBytes(json), JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return;
            }

            if (ruleset is null)
            {
                return;
            }

            var errors = RulesetValidator.Validate(ruleset).Concat(BusinessCalendar.Validate(ruleset.BusinessHours).Select(e => new RulesetError(e.Field, e.Text))).ToList();
            Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Field + e.Message)));
            if (errors.Count == 0)
            {
                // What the API answers and the audit log keeps.
                JsonSerializer.Serialize(ruleset, JsonSerializerOptions.Web);
                var compiled = CompiledRuleset.Compile(ruleset);
                Scorer.Score("你好 全网最低价 13812345678", "agent", compiled);
                BusinessCalendar.For(ruleset.BusinessHours).AddSeconds(DateTimeOffset.UtcNow, 60);
            }
        }, output, minimum: 100);
    }

    /// <summary>Ruleset-shaped documents: the ruleset's own field names and words, any values.</summary>
    public static Gen<string> Rulesets() => Webhook(
        [
            "storeId", "version", "sla", "firstResponseWarnSeconds", "firstResponseBreachSeconds", "nextResponseWarnSeconds",
            "nextResponseBreachSeconds", "resolutionWarnSeconds", "resolutionBreachSeconds", "repeatContact", "count", "windowHours",
            "severity", "escalation", "ackTimeoutSeconds", "phrases", "greeting", "closing", "apology", "banned", "rude",
            "complaintThreat", "disclosures", "topic", "required", "name", "anyOf", "weights", "preSales", "afterSales",
            "responsiveness", "resolution", "compliance", "courtesy", "conversion", "qaLowScoreThreshold", "businessHours",
            "timeZone", "days", "monday", "from", "to", "complaintRiskThreshold",
        ],
        ["Asia/Shanghai", "UTC", "09:00", "24:00", "critical", "refund_return"]);

    /// <summary>JSON objects nested a few levels, keyed mostly by <paramref name="keys"/>, with the target's own words as values.</summary>
    public static Gen<string> Webhook(string[] keys, string[] words)
    {
        Gen<string> Node(int depth)
        {
            var leaf = Gen.Frequency((3, HostileJson.Value(0)), (2, Gen.Elements(words).Select(w => HostileJson.Quote(w, false))), (1, Gen.Choose(1, 5).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            if (depth == 0)
            {
                return leaf;
            }

            var obj = (from key in Gen.Frequency((5, Gen.Elements(keys)), (1, HostileJson.HostileString()))
                       from value in Node(depth - 1)
                       select HostileJson.Quote(key, false) + ":" + value)
                .ListOf().Resize(8).Select(pairs => "{" + string.Join(",", pairs) + "}");
            return Gen.Frequency((3, obj), (2, leaf), (1, Node(depth - 1).ListOf().Resize(4).Select(items => "[" + string.Join(",", items) + "]")));
        }

        return Node(5);
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            // A body arrives as bytes: a raw lone surrogate of the generated text is what UTF-8 makes of it.
            return JsonDocument.Parse(Encoding.UTF8.GetBytes(json), Depth16);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
