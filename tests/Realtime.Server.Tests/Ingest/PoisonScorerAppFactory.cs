using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Realtime.Contracts.Scoring;
using Realtime.Scoring;
using Realtime.Scoring.Rulesets;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Ingest;

/// <summary>The real server whose scorer throws on one marker text: an event the scoring library cannot take.</summary>
public sealed class PoisonScorerAppFactory : RealtimeAppFactory
{
    public const string Poison = "poison-text-that-the-scorer-cannot-take";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMessageScorer>(new PoisonScorer(new MessageScorer())));
    }

    private sealed class PoisonScorer(IMessageScorer inner) : IMessageScorer
    {
        public MessageAnalysis Score(string text, string sender, CompiledRuleset ruleset) =>
            text.Contains(Poison, StringComparison.Ordinal) ? throw new InvalidOperationException("the scorer gave up") : inner.Score(text, sender, ruleset);
    }
}
