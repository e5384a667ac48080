using Microsoft.Extensions.Configuration;
using Realtime.Server.Hosting.Storage;

namespace Realtime.Storage.Tests.AzureTable;

public sealed class AzureTableConfigurationTests
{
    private const string Azurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    [Fact]
    public void Connection_string_reaches_its_account()
    {
        var client = AzureTableStorageHosting.CreateClient(Config((AzureTableStorageHosting.ConnectionStringKey, Azurite)));

        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Fact]
    public void Service_uri_reaches_its_account_with_an_azure_credential()
    {
        var client = AzureTableStorageHosting.CreateClient(
            Config((AzureTableStorageHosting.ServiceUriKey, "https://shop.table.core.windows.net/")));

        Assert.Equal(new Uri("https://shop.table.core.windows.net/"), client.Uri);
        Assert.Equal("shop", client.AccountName);
    }

    [Fact]
    public void Neither_way_is_refused_naming_both_keys()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureTableStorageHosting.CreateClient(Config()));

        Assert.Contains(AzureTableStorageHosting.ConnectionStringKey, error.Message, StringComparison.Ordinal);
        Assert.Contains(AzureTableStorageHosting.ServiceUriKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_ways_at_once_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureTableStorageHosting.CreateClient(Config(
            (AzureTableStorageHosting.ConnectionStringKey, Azurite), (AzureTableStorageHosting.ServiceUriKey, "https://shop.table.core.windows.net/"))));

        Assert.Contains("not both", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_service_uri_is_refused_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AzureTableStorageHosting.CreateClient(
            Config((AzureTableStorageHosting.ServiceUriKey, "shop.table.core.windows.net"))));

        Assert.Contains(AzureTableStorageHosting.ServiceUriKey, error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
