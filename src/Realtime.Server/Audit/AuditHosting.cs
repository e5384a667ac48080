namespace Realtime.Server.Audit;

public static class AuditHosting
{
    public static IServiceCollection AddRealtimeAudit(this IServiceCollection services) =>
        services.AddHttpContextAccessor().AddSingleton<IAuditLog, GrainAuditLog>();
}
