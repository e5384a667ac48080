using Microsoft.AspNetCore.Http.HttpResults;
using Realtime.Contracts.Customers;
using Realtime.Grains.Customers;
using Realtime.Server.Auth;

namespace Realtime.Server.Api;

public static class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").RequireAuthorization().RequireRateLimiting(RateLimits.Api);
        api.MapGet("/{id}", GetCustomerAsync);
        return app;
    }

    public static async Task<Results<Ok<CustomerView>, NotFound, ForbidHttpResult>> GetCustomerAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var scope = AccessScope.From(http.User);
        if (!scope.Has(Roles.Supervisor, Roles.OnCall, Roles.Qa))
        {
            return TypedResults.Forbid();
        }

        var view = await grains.GetGrain<ICustomerGrain>(id).GetViewAsync();
        if (view.Contacts.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var visible = view with { Contacts = view.Contacts.Where(c => scope.IsAdmin || scope.StoreIds.Count == 0 || scope.StoreIds.Contains(c.StoreId)).ToList() };
        return TypedResults.Ok(visible);
    }
}
