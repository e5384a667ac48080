using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Realtime.Server.Tests.Support;

namespace Realtime.Server.Tests.Demo;

/// <summary>The default demo, on a fake clock: its pre-sales conversations turn into orders, so today's figures are not empty.</summary>
public sealed class DemoOrdersTests(DemoOrdersTests.DemoAppFactory app) : IClassFixture<DemoOrdersTests.DemoAppFactory>
{
    [Fact]
    public async Task Demo_pre_sales_conversations_order_and_pay_in_both_stores_currencies()
    {
        using var qa = await app.CreateUserClientAsync("qa");
        var day = app.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        JsonElement? Store(JsonElement report, string storeId) =>
            report.GetProperty("stores").EnumerateArray().Where(s => s.GetProperty("storeId").GetString() == storeId).Select(s => (JsonElement?)s.GetProperty("conversion")).FirstOrDefault();
        var report = default(JsonElement);

        await app.AdvanceUntilAsync(async () =>
        {
            report = JsonDocument.Parse(await qa.GetStringAsync($"/api/reports/agents?from={day}&to={day}")).RootElement;
            return Store(report, "store-1")?.GetProperty("payingCustomers").GetInt32() > 0
                && Store(report, "store-2")?.GetProperty("payingCustomers").GetInt32() > 0;
        }, TimeSpan.FromMinutes(15));

        var tmall = Store(report, "store-1")!.Value;
        Assert.Equal("CNY", tmall.GetProperty("currency").GetString());
        Assert.InRange(tmall.GetProperty("inquiryConversionPct").GetDouble(), 0.1, 100);
        Assert.True(tmall.GetProperty("orderingCustomers").GetInt32() >= tmall.GetProperty("payingCustomers").GetInt32());
        // 客单价 between one thermos cup (¥129) and two down jackets (¥1198) per paying customer.
        Assert.InRange(tmall.GetProperty("salesPerCustomer").GetDecimal(), 129m, 1198m * 3);
        var amazon = Store(report, "store-2")!.Value;
        Assert.Equal("USD", amazon.GetProperty("currency").GetString());
        Assert.InRange(amazon.GetProperty("salesPerCustomer").GetDecimal(), 39.90m, 379.98m * 3);
    }

    /// <summary>The server with demo traffic on, 20 × faster, on a fake clock the test moves.</summary>
    public sealed class DemoAppFactory : RealtimeAppFactory
    {
        public FakeTimeProvider Clock { get; } = new(Events.Now);

        public async Task AdvanceUntilAsync(Func<Task<bool>> done, TimeSpan limit)
        {
            for (var passed = TimeSpan.Zero; passed <= limit; passed += TimeSpan.FromSeconds(1))
            {
                if (passed.Seconds % 10 == 0 && await done())
                {
                    return;
                }

                Clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(10);
            }

            Assert.Fail($"Not reached within {limit} of fake time.");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:Speed", "20");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
