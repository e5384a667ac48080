namespace Realtime.Replay;

/// <summary>The two HTTP clients: batches (with retries, safe because event ids make a repeat a duplicate) and uploads.</summary>
public static class Clients
{
    public const string Ingest = "ingest";
    public const string Import = "import";

    public static void Configure(HttpClient client, ReplayOptions options)
    {
        client.BaseAddress = new Uri(options.Target.ToString().TrimEnd('/') + "/");
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        }
    }
}
