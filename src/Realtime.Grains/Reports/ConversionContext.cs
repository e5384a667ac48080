using Realtime.Contracts.Rulesets;

namespace Realtime.Grains.Reports;

/// <summary>What a report needs to count conversion: each store's rules and its days.</summary>
public sealed record ConversionContext(Func<string, ConversionRules> RulesOf, Func<string, DateTimeOffset, DateOnly> DayOf)
{
    /// <summary>Built-in rules, UTC days.</summary>
    public static ConversionContext Default { get; } = new(_ => new ConversionRules(), (_, at) => DateOnly.FromDateTime(at.UtcDateTime));
}
