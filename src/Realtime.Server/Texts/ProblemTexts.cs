using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Texts;

namespace Realtime.Server.Texts;

/// <summary>Problem details in the reader's language: the title by status, the detail from a catalogue text.</summary>
public static class ProblemTexts
{
    /// <summary>Translates a problem's standard title; a detail given as a text keeps its key and arguments.</summary>
    public static void Translate(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var key = problem is HttpValidationProblemDetails ? "problem.title.validation" : $"problem.title.{problem.Status}";
        if (TextCatalog.Template(key, CultureInfo.CurrentUICulture) is not null)
        {
            problem.Title = TextCatalog.Render(key, null, CultureInfo.CurrentUICulture);
            problem.Extensions["titleKey"] = key;
        }
    }

    /// <summary>A problem whose <c>detail</c> is a catalogue text; <c>messageKey</c> and <c>args</c> travel with it.</summary>
    public static ProblemHttpResult Problem(Text detail, int statusCode) =>
        TypedResults.Problem(
            detail.Render(CultureInfo.CurrentUICulture),
            statusCode: statusCode,
            extensions: new Dictionary<string, object?> { ["messageKey"] = detail.Key, ["args"] = detail.Args });

    /// <summary>
    /// A validation problem: <c>errors</c> keyed by field path with texts in the reader's language, <c>fieldErrors</c>
    /// with the same errors as <c>messageKey</c> + <c>args</c>, and a <c>detail</c> that names every field.
    /// </summary>
    public static ValidationProblem Validation(IReadOnlyList<(string Field, Text Text)> errors, string summaryKey = "problem.rulesetInvalid")
    {
        var culture = CultureInfo.CurrentUICulture;
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Text.Render(culture)).ToArray());
        var keyed = errors.GroupBy(e => e.Field).ToDictionary(
            g => g.Key, g => g.Select(e => new { messageKey = e.Text.Key, args = e.Text.Args }).ToArray());
        var summary = Text.Of(summaryKey, ("count", errors.Count));
        return TypedResults.ValidationProblem(
            byField,
            detail: summary.Render(culture) + " " + string.Join(" ", errors.Select(e => $"{e.Field}: {e.Text.Render(culture)}")),
            extensions: new Dictionary<string, object?> { ["messageKey"] = summary.Key, ["args"] = summary.Args, ["fieldErrors"] = keyed });
    }
}
