using Realtime.Contracts.Events;
using Realtime.Contracts.Rulesets;
using Realtime.Contracts.Scoring;
using Realtime.Scoring.Rulesets;
using Xunit.Abstractions;

namespace Realtime.Scoring.Tests.RealData;

/// <summary>
/// The default ruleset on every real agent turn: how often banned, dismissive and PII findings fire. Every hit was read
/// by hand (docs/rules.md lists them with verdicts); these bounds keep a list change from flooding agents with false alarms.
/// Set REALTIME_DUMP_HITS to a file path to write every hit for reading.
/// </summary>
public class AgentTurnHitsTests(ITestOutputHelper output)
{
    private static readonly CompiledRuleset _ruleset = CompiledRuleset.Compile(DefaultRulesets.For("real-data"));

    [Fact]
    public void Banned_and_dismissive_hits_on_real_agent_turns_stay_rare()
    {
        var scorer = new MessageScorer();
        var turns = RealDialogues.AgentTurns.ToArray();
        var found = new List<(string Rule, string Evidence, string Text)>();
        foreach (var text in turns)
        {
            foreach (var d in scorer.Score(text, Senders.Agent, _ruleset).Deductions)
            {
                found.Add((d.RuleId, d.Evidence ?? "", text));
            }
        }

        if (Environment.GetEnvironmentVariable("REALTIME_DUMP_HITS") is { Length: > 0 } path)
        {
            File.WriteAllLines(path, found.OrderBy(f => f.Rule, StringComparer.Ordinal).Select(f => $"{f.Rule}\t{f.Evidence}\t{f.Text}"));
        }

        double PerThousand(string rule) => 1000.0 * found.Count(f => f.Rule == rule) / turns.Length;
        var banned = PerThousand(RuleIds.BannedTerm);
        var dismissive = PerThousand(RuleIds.DismissiveLanguage);
        var pii = PerThousand(RuleIds.PiiLeak);
        output.WriteLine($"{turns.Length} agent turns; per 1,000: banned {banned:0.0}, dismissive {dismissive:0.0}, pii {pii:0.0}");

        Assert.True(turns.Length > 5_000, $"expected the full corpus, got {turns.Length} agent turns");
        Assert.InRange(banned, 0, 5);
        Assert.InRange(dismissive, 0, 5);
    }
}
