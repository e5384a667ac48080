using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring.Tests.Rulesets;

public class RulesetValidatorTests
{
    private static readonly Ruleset _valid = DefaultRulesets.For("store-1");

    private static IReadOnlyList<RulesetError> Errors(Ruleset ruleset) => RulesetValidator.Validate(ruleset);

    [Fact]
    public void Default_ruleset_is_valid()
    {
        Assert.Empty(Errors(_valid));
    }

    [Fact]
    public void Language_lists_are_keyed_by_language_code_and_checked_like_the_shared_lists()
    {
        var lists = new Dictionary<string, PhraseLists>
        {
            ["german"] = new(),
            ["de"] = new() { Banned = ["der beste preis", " "] },
        };

        var errors = Errors(_valid with { LanguagePhrases = lists, Languages = ["ja", "JP"] });

        Assert.Equal(["languagePhrases", "languagePhrases.de.banned[1]", "languages[1]"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("'german'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Warn_not_below_breach_names_the_field_and_prints_both_values()
    {
        var errors = Errors(_valid with { Sla = new SlaThresholds { FirstResponseWarnSeconds = 90, FirstResponseBreachSeconds = 60 } });

        var error = Assert.Single(errors);
        Assert.Equal("sla.firstResponseWarnSeconds", error.Field);
        Assert.Equal("warn (90) must be less than breach (60)", error.Message);
    }

    [Theory]
    [InlineData(0, "sla.nextResponseWarnSeconds")]
    [InlineData(-5, "sla.nextResponseWarnSeconds")]
    [InlineData(86_401, "sla.nextResponseWarnSeconds")]
    public void Sla_seconds_must_be_positive_and_at_most_a_day(int seconds, string field)
    {
        var errors = Errors(_valid with { Sla = new SlaThresholds { NextResponseWarnSeconds = seconds, NextResponseBreachSeconds = 86_400 } });

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeat_contact_rules_are_checked_per_index()
    {
        var errors = Errors(_valid with
        {
            RepeatContact = [new(3, 24, "critical"), new(1, 721, "urgent"), new(101, 0, "info")],
        });

        Assert.Equal(
            ["repeatContact[1].count", "repeatContact[1].windowHours", "repeatContact[1].severity", "repeatContact[2].count", "repeatContact[2].windowHours"],
            errors.Select(e => e.Field));
        Assert.Contains("'urgent'", errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    [InlineData(86_400, false)]
    [InlineData(86_401, true)]
    public void Escalation_ack_timeout_is_between_ten_seconds_and_a_day(int seconds, bool invalid)
    {
        var errors = Errors(_valid with { Escalation = new EscalationPolicy { AckTimeoutSeconds = seconds } });

        Assert.Equal(invalid, errors.Any(e => e.Field == "escalation.ackTimeoutSeconds"));
    }

    [Fact]
    public void Blank_and_overlong_phrases_are_named_by_index()
    {
        var banned = _valid.Phrases.Banned.Concat(["  ", new string('x', 101)]).ToArray();
        var errors = Errors(_valid with { Phrases = _valid.Phrases with { Banned = banned } });

        Assert.Equal([$"phrases.banned[{banned.Length - 2}]", $"phrases.banned[{banned.Length - 1}]"], errors.Select(e => e.Field));
        Assert.Contains("101", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_over_five_thousand_phrases_is_rejected()
    {
        var greeting = Enumerable.Range(0, 5_001).Select(i => $"hello {i}").ToArray();

        var errors = Errors(_valid with { Phrases = _valid.Phrases with { Greeting = greeting } });

        Assert.Equal(["phrases.greeting"], errors.Select(e => e.Field));
    }

    [Fact]
    public void All_lists_together_over_twenty_thousand_phrases_are_rejected()
    {
        string[] Many(string prefix) => [.. Enumerable.Range(0, 4_500).Select(i => $"{prefix} {i}")];
        var phrases = new PhraseLists { Greeting = Many("g"), Closing = Many("c"), Apology = Many("a"), Banned = Many("b"), Rude = Many("r") };

        var errors = Errors(_valid with { Phrases = phrases });

        var error = Assert.Single(errors);
        Assert.Equal("phrases", error.Field);
        Assert.Contains("at most 20000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_must_be_in_range_and_sum_to_one_per_role()
    {
        var errors = Errors(_valid with
        {
            Weights = new RoleWeights
            {
                PreSales = new DimensionWeights(0.3, 0.3, 0.3, 0.3, 0.3),
                AfterSales = new DimensionWeights(1.5, -0.5, 0, 0, 0),
            },
        });

        Assert.Equal(["weights.preSales", "weights.afterSales.responsiveness", "weights.afterSales.resolution"], errors.Select(e => e.Field));
        Assert.Contains("1.5", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_within_tolerance_pass()
    {
        var errors = Errors(_valid with { Weights = new RoleWeights { PreSales = new DimensionWeights(0.3, 0.2, 0.2, 0.1, 0.2005) } });

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(-1, 0.5, "qaLowScoreThreshold")]
    [InlineData(101, 0.5, "qaLowScoreThreshold")]
    [InlineData(60, 1.1, "complaintRiskThreshold")]
    [InlineData(60, -0.1, "complaintRiskThreshold")]
    public void Thresholds_stay_in_their_ranges(double qa, double risk, string field)
    {
        var errors = Errors(_valid with { QaLowScoreThreshold = qa, ComplaintRiskThreshold = risk });

        Assert.Equal([field], errors.Select(e => e.Field));
    }

    [Fact]
    public void Disclosures_need_a_known_topic_unique_names_and_phrases()
    {
        var errors = Errors(_valid with
        {
            Disclosures =
            [
                new DisclosureRule("refunds", [new RequiredDisclosure("returnAddress", ["退货地址"])]),
                new DisclosureRule("refund_return",
                [
                    new RequiredDisclosure("returnAddress", ["退货地址"]),
                    new RequiredDisclosure("returnAddress", ["return address"]),
                    new RequiredDisclosure(" ", []),
                ]),
            ],
        });

        Assert.Equal(
            ["disclosures[0].topic", "disclosures[1].required[1].name", "disclosures[1].required[2].name", "disclosures[1].required[2].anyOf"],
            errors.Select(e => e.Field));
        Assert.Contains("'refunds'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var errors = Errors(_valid with
        {
            Sla = new SlaThresholds { FirstResponseWarnSeconds = 90, FirstResponseBreachSeconds = 60, NextResponseBreachSeconds = 0 },
            RepeatContact = [new(1, 24, "critical")],
            Escalation = new EscalationPolicy { AckTimeoutSeconds = 1 },
            Phrases = _valid.Phrases with { Rude = [""] },
            QaLowScoreThreshold = 200,
        });

        Assert.Equal(
            ["sla.firstResponseWarnSeconds", "sla.nextResponseBreachSeconds", "repeatContact[0].count", "escalation.ackTimeoutSeconds", "phrases.rude[0]", "qaLowScoreThreshold"],
            errors.Select(e => e.Field));
    }
}
