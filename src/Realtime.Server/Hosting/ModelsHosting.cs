using Realtime.Scoring;
using Realtime.Scoring.Models;
using Realtime.Server.Hosting.Telemetry;

namespace Realtime.Server.Hosting;

public static partial class ModelsHosting
{
    /// <summary>
    /// The message scorer with the shipped mood / complaint-risk / topic models from the output's <c>Models</c> folder
    /// (<c>Models:Directory</c> to use a retrained set). Without a model file the server still scores with rules, and says so.
    /// </summary>
    public static WebApplicationBuilder AddRealtimeModels(this WebApplicationBuilder builder)
    {
        var directory = builder.Configuration["Models:Directory"] ?? Path.Combine(AppContext.BaseDirectory, "Models");
        builder.Services.AddSingleton<IMessageScorer>(sp =>
        {
            if (File.Exists(Path.Combine(directory, ShippedTextModels.FileName)))
            {
                return new MeteredMessageScorer(new MessageScorer(ShippedTextModels.Load(directory)));
            }

            LogNoModels(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ModelsHosting)), directory);
            return new MeteredMessageScorer(new MessageScorer());
        });
        return builder;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "No model file in {Directory}: messages are scored by rules only (no mood, topic or complaint risk)")]
    private static partial void LogNoModels(ILogger logger, string directory);
}
