using Realtime.Contracts.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring;

/// <summary>Scores one message as it arrives: normalise, match every phrase list in one pass, find PII, detect language, run the models.</summary>
public interface IMessageScorer
{
    /// <summary>Thread-safe. <paramref name="sender"/> is <c>customer | agent | bot | system</c>.</summary>
    MessageAnalysis Score(string text, string sender, CompiledRuleset ruleset);
}
