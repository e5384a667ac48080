using Realtime.Contracts.Events;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;
using Xunit.Abstractions;

namespace Realtime.Scoring.Tests.Languages;

/// <summary>
/// Mood and complaint risk of ja/de/fr/es customer lines against the team-written sets <c>mood-{language}.tsv</c> (30 lines
/// each). Prints per-language figures; written by the lexicon's authors, so they are optimistic (docs/languages.md).
/// </summary>
public class MoodLexiconTests(ITestOutputHelper output)
{
    private const double ComplaintCut = 0.5;

    public static TheoryData<string> Languages => [.. MoodLexicon.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Mood_and_complaint_risk_on_the_labelled_set(string language)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Languages", $"mood-{language}.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .ToList();
        var scorer = new MessageScorer();
        var ruleset = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));
        int detected = 0, moodRight = 0, complaintRight = 0, truePositive = 0, predictedPositive = 0, actualPositive = 0;
        foreach (var line in lines)
        {
            var analysis = scorer.Score(line[2], Senders.Customer, ruleset);
            // A line detected as another language gets no lexicon mood: it counts as a miss, as it would in production.
            detected += analysis.Language == language ? 1 : 0;
            var complains = line[1] == "1";
            var flagged = analysis.ComplaintRisk >= ComplaintCut;
            moodRight += analysis.Sentiment == line[0] ? 1 : 0;
            complaintRight += complains == flagged ? 1 : 0;
            truePositive += complains && flagged ? 1 : 0;
            predictedPositive += flagged ? 1 : 0;
            actualPositive += complains ? 1 : 0;
            if (analysis.Sentiment != line[0] || complains != flagged)
            {
                output.WriteLine($"  miss: {line[0]}/{line[1]} got {analysis.Sentiment}/{analysis.ComplaintRisk:0.00} ({analysis.Language})  {line[2]}");
            }
        }

        var moodAccuracy = (double)moodRight / lines.Count;
        var complaintAccuracy = (double)complaintRight / lines.Count;
        output.WriteLine($"{language}: detected {detected}/{lines.Count}, mood accuracy {moodAccuracy:0.00} ({moodRight}/{lines.Count}), complaint accuracy {complaintAccuracy:0.00}, " +
            $"complaint precision {truePositive}/{predictedPositive}, recall {truePositive}/{actualPositive}");
        Assert.True(moodAccuracy >= 0.75, $"{language} mood accuracy {moodAccuracy:0.00}");
        Assert.True(complaintAccuracy >= 0.8, $"{language} complaint accuracy {complaintAccuracy:0.00}");
    }

    [Theory]
    [InlineData("Das ist gut.", "positive")]
    [InlineData("Das ist nicht gut.", "negative")]
    [InlineData("Je ne suis pas content.", "negative")]
    [InlineData("No estoy muy contento.", "negative")]
    [InlineData("満足していません。", "negative")]
    [InlineData("問題ないです。", "positive")]
    public void Negators_flip_the_mood(string text, string expected)
    {
        var analysis = new MessageScorer().Score(text, Senders.Customer, CompiledRuleset.Compile(DefaultRulesets.For("store-1")));

        Assert.Equal(expected, analysis.Sentiment);
    }

    [Fact]
    public void Agent_lines_get_no_mood_and_chinese_lines_are_left_to_the_models()
    {
        var ruleset = CompiledRuleset.Compile(DefaultRulesets.For("store-1"));

        Assert.Null(new MessageScorer().Score("Das ist eine Katastrophe.", Senders.Agent, ruleset).Sentiment);
        Assert.Null(new MessageScorer().Score("太差了", Senders.Customer, ruleset).Sentiment);
        Assert.Equal("refund_return", new MessageScorer().Score("Ich möchte die Ware zurückschicken.", Senders.Customer, ruleset).Topic);
    }
}
