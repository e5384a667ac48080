using Realtime.Contracts.Texts;
using CatalogText = Realtime.Contracts.Texts.Text;

namespace Realtime.Scoring.Rulesets;

/// <summary>One invalid field of a ruleset: its camelCase JSON path (<c>sla.firstResponseWarnSeconds</c>) and why.</summary>
public sealed record RulesetError(string Field, CatalogText Text)
{
    /// <summary>Why, in English; answers render <see cref="Text"/> in the reader's language.</summary>
    public string Message => Text.Render(TextCatalog.English);
}
