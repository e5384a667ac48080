using Realtime.Scoring;

namespace Realtime.Server.Hosting;

public static class ModelsHosting
{
    /// <summary>The message scorer, with the shipped ML models once they are present in the output's Models folder.</summary>
    public static WebApplicationBuilder AddRealtimeModels(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IMessageScorer>(_ => new MessageScorer());
        return builder;
    }
}
