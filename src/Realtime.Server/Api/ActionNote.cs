using Realtime.Contracts.Alerts;

namespace Realtime.Server.Api;

/// <summary>
/// The optional <c>{"note": "..."}</c> body of an acknowledge or resolve (alerts and incidents, CONTRACT §2): read by
/// hand rather than bound, because an empty body is allowed; a longer note is cut to <see cref="MaxLength"/>.
/// </summary>
internal static class ActionNote
{
    public const int MaxLength = 2000;

    public const string Invalid = "The body must be {\"note\": \"...\"} or empty.";

    /// <summary>The note (null without a body or a note); <c>Valid</c> is false when the body is not that JSON.</summary>
    public static async Task<(bool Valid, string? Note)> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength is not > 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return (true, null);
        }

        try
        {
            var note = (await request.ReadFromJsonAsync<AlertAction>(request.HttpContext.RequestAborted))?.Note;
            return (true, note is { Length: > MaxLength } ? note[..MaxLength] : note);
        }
        catch (System.Text.Json.JsonException)
        {
            return (false, null);
        }
    }
}
