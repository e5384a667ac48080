using Realtime.Contracts.Scoring;
using Realtime.Scoring.Models;
using Realtime.Scoring.Rulesets;

namespace Realtime.Scoring;

public sealed class MessageScorer(ITextModels? models = null) : IMessageScorer
{
    private readonly ITextModels? _models = models;

    public MessageAnalysis Score(string text, string sender, CompiledRuleset ruleset) => throw new NotImplementedException("scoring work in progress");
}
