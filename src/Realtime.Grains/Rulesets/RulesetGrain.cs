using Realtime.Contracts.Rulesets;
using Realtime.Scoring.Rulesets;

namespace Realtime.Grains.Rulesets;

public sealed class RulesetGrain(
    [PersistentState("ruleset", GrainStorage.Name)] IPersistentState<RulesetState> state) : Grain, IRulesetGrain
{
    Task<Ruleset> IRulesetGrain.GetAsync() => Task.FromResult(Current());

    async Task<RulesetUpdate> IRulesetGrain.PutAsync(Ruleset ruleset)
    {
        var errors = RulesetValidator.Validate(ruleset)
            .Concat(Conversations.BusinessCalendar.Validate(ruleset.BusinessHours).Select(e => new RulesetError(e.Field, e.Text)))
            .ToList();
        if (errors.Count > 0)
        {
            return new RulesetUpdate(null, errors);
        }

        var published = ruleset with { StoreId = this.GetPrimaryKeyString(), Version = Current().Version + 1 };
        state.State.Ruleset = published;
        await state.WriteStateAsync();
        return new RulesetUpdate(published, []);
    }

    private Ruleset Current() => state.State.Ruleset ?? DefaultRulesets.For(this.GetPrimaryKeyString());
}
