using Realtime.Scoring;
using Realtime.Scoring.Rulesets;

namespace Realtime.Server.Hosting;

/// <summary>
/// Scores a few messages before the server takes traffic: language and model data load lazily, and the first real
/// message should not pay for it (it stalled the silo's scheduler for seconds before this existed).
/// </summary>
public sealed class ScorerWarmup(IMessageScorer scorer) : IHostedService
{
    private static readonly string[] Samples = ["Hello, where is my parcel?", "Bonjour, où est mon colis ?", "Hallo, wo ist mein Paket?", "¿Dónde está mi pedido?"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var ruleset = CompiledRuleset.Compile(DefaultRulesets.For("warmup"));
        foreach (var sample in Samples.Concat(ruleset.Source.Phrases.Greeting.Take(2)))
        {
            scorer.Score(sample, "customer", ruleset);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
