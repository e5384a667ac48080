using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Realtime.Contracts.Import;

namespace Realtime.Replay;

/// <summary><c>--historical</c>: streams the file to <c>POST /api/import</c>, which parses, validates and scores it.</summary>
public sealed class ImportUploader(HttpClient client, ReplayOptions options)
{
    public async Task<ImportProgress> UploadAsync(Action<long> uploaded, CancellationToken cancellationToken)
    {
        var csv = options.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var query = new List<string> { "format=" + (csv ? "csv" : "jsonl"), "storeId=" + Uri.EscapeDataString(options.StoreId) };
        query.Add("agents=" + options.Agents.ToString(CultureInfo.InvariantCulture));
        if (options.Start is { } start)
        {
            query.Add("start=" + Uri.EscapeDataString(start.ToString("O", CultureInfo.InvariantCulture)));
        }

        if (options.TeamId is not null)
        {
            query.Add("teamId=" + Uri.EscapeDataString(options.TeamId));
        }

        if (options.Charset is not null)
        {
            query.Add("charset=" + Uri.EscapeDataString(options.Charset));
        }

        if (options.IdPrefix.Length > 0)
        {
            query.Add("idPrefix=" + Uri.EscapeDataString(options.IdPrefix));
        }

        var sign = options.Tz < TimeSpan.Zero ? "-" : "+";
        query.Add("tz=" + Uri.EscapeDataString(sign + options.Tz.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)));

        await using var file = new ProgressStream(File.OpenRead(options.File), uploaded);
        using var content = new StreamContent(file, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue(csv ? "text/csv" : "application/x-ndjson");
        content.Headers.ContentLength = new FileInfo(options.File).Length;
        using var response = await client.PostAsync("api/import?" + string.Join('&', query), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<ImportProgress>(ContractJson.Options, cancellationToken))!;
    }
}
