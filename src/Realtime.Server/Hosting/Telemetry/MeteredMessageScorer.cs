using System.Diagnostics;
using Realtime.Contracts.Scoring;
using Realtime.Grains.Telemetry;
using Realtime.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Hosting.Telemetry;

/// <summary>Counts scored messages and times each scoring for <c>realtime.messages.scored</c> / <c>realtime.scoring.duration</c>.</summary>
public sealed class MeteredMessageScorer(IMessageScorer inner) : IMessageScorer
{
    public MessageAnalysis Score(string text, string sender, CompiledRuleset ruleset)
    {
        var started = Stopwatch.GetTimestamp();
        var analysis = inner.Score(text, sender, ruleset);
        RealtimeTelemetry.ScoringDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        RealtimeTelemetry.MessagesScored.Add(1);
        return analysis;
    }
}
