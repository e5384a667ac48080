using System.Reflection;
using System.Text.RegularExpressions;
using Realtime.Contracts.Alerts;
using Realtime.Contracts.Events;
using Realtime.Contracts.Reports;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Contracts.Texts;
using Realtime.Scoring.Pii;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Api;

namespace Realtime.Server.Tests.Texts;

/// <summary>The catalogue lint: every key the server uses has a Chinese and an English text with the same arguments.</summary>
public sealed partial class TextCatalogTests
{
    private static readonly IReadOnlyDictionary<string, string> English = TextCatalog.Entries(TextCatalog.English);
    private static readonly IReadOnlyDictionary<string, string> Chinese = TextCatalog.Entries(TextCatalog.Chinese);

    [Fact]
    public void An_incident_summary_translates_the_labels_inside_its_headline()
    {
        // The headline is the top alert's own text, whose argument is itself a list of labels.
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kinds"] = Text.Labels(["label.pii.card", "label.pii.email"]),
            ["reasons"] = Text.Labels(["label.alertKind.pii.leak"]),
            ["headline"] = Text.Label("alert.piiLeak"),
        };

        var zh = TextCatalog.Render("incident.summary", args, TextCatalog.Chinese);

        Assert.DoesNotContain("label.", zh, StringComparison.Ordinal);
        Assert.Contains(TextCatalog.Render("label.pii.card", null, TextCatalog.Chinese), zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_and_English_have_the_same_keys_and_arguments()
    {
        Assert.NotEmpty(English);
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, en) in English)
        {
            Assert.False(string.IsNullOrWhiteSpace(Chinese[key]), key);
            Assert.True(Placeholders(en).SetEquals(Placeholders(Chinese[key])), $"{key}: '{en}' vs '{Chinese[key]}'");
        }
    }

    [Fact]
    public void Chinese_texts_are_Chinese()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "evidence.disclosures", "webhook.text", "incident.summary", "label.platform.shopify" };
        foreach (var (key, zh) in Chinese.Where(e => !allowed.Contains(e.Key)))
        {
            Assert.True(zh.Any(c => c >= '\u4e00' && c <= '\u9fff'), $"{key} has no Chinese: '{zh}'");
        }
    }

    [Fact]
    public void Every_key_written_in_the_server_source_is_in_the_catalogue()
    {
        var missing = new List<string>();
        var dynamicPrefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(l => !l.Contains("const string", StringComparison.Ordinal)))
            {
                foreach (Match m in KeyLiteral().Matches(line))
                {
                    var key = m.Groups[1].Value;
                    if (key.EndsWith('.'))
                    {
                        dynamicPrefixes.Add(key);
                    }
                    else if (!English.ContainsKey(key))
                    {
                        missing.Add($"{Path.GetFileName(file)}: {key}");
                    }
                }
            }
        }

        Assert.Empty(missing);
        Assert.Subset(LabelValues().Keys.ToHashSet(), dynamicPrefixes.Where(p => p.StartsWith("label.", StringComparison.Ordinal) && p != "label.").ToHashSet());
    }

    [Fact]
    public void Every_value_a_label_argument_can_take_has_a_label()
    {
        var missing = LabelValues().SelectMany(p => p.Value.Select(v => p.Key + v)).Where(k => !English.ContainsKey(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Label_lists_and_nested_labels_render_in_the_readers_language()
    {
        var text = Text.Of("alert.piiLeak", ("kinds", Text.Labels(["label.pii.phone", "label.pii.idNumber"])));
        var escalation = new Text("alert.escalation", new Dictionary<string, string>
        {
            ["ackSeconds"] = "300",
            ["original"] = Text.Label("alert.sla.breach.firstResponse"),
            ["seconds"] = "60",
        });

        Assert.Equal("客服发送了完整的个人信息(手机号、身份证号)。", text.Render(TextCatalog.Chinese));
        Assert.Equal("Agent sent personal data in full (phone number, ID number).", text.Render(TextCatalog.English));
        Assert.Equal("300 秒内无人确认:顾客等待首次响应已达 60 秒(时限 60 秒)。", escalation.Render(TextCatalog.Chinese));
        Assert.Equal("unknown.key", TextCatalog.Render("unknown.key", null, TextCatalog.English));
        Assert.Equal("myOwnItem", Text.Of("evidence.disclosures", ("items", Text.Label("label.disclosure.myOwnItem"))).Render(TextCatalog.Chinese));
    }

    /// <summary>Each dynamic label prefix the server uses, with every value it can be completed with.</summary>
    private static Dictionary<string, IEnumerable<string>> LabelValues() => new()
    {
        ["label.topic."] = RulesetLimits.Topics,
        ["label.pii."] = PiiKinds.All,
        ["label.disclosure."] = DefaultRulesets.For("x").Disclosures.SelectMany(d => d.Required.Select(r => r.Name)).Distinct(),
        ["label.rule."] = Constants(typeof(RuleIds)),
        ["label.alertKind."] = Constants(typeof(AlertKinds)),
        ["label.severity."] = Constants(typeof(Severities)),
        ["label.reportColumn."] = ReportCsv.Columns,
        ["label.scope."] = Constants(typeof(ReportScopes)),
        ["label.platform."] = Vocabulary.Platforms,
        ["label.platformMetric."] = PlatformMetricPresets.All.Select(p => p.Platform),
    };

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static HashSet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Realtime.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Realtime.sln not found above the test binaries.");
    }

    [GeneratedRegex("\"((?:alert|hint|deduction|evidence|problem|webhook|label|incident|validation|ingest)\\.[A-Za-z0-9_.]*|sla\\.(?:explain|limits)[A-Za-z0-9_.]*)\"")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}")]
    private static partial Regex Placeholder();
}
