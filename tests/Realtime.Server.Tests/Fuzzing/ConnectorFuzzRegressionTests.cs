using System.Net;
using System.Text;
using Realtime.Server.Tests.Connectors;

namespace Realtime.Server.Tests.Fuzzing;

/// <summary>Webhooks the fuzzer found answering 500: an escaped unpaired surrogate in a property name.</summary>
public sealed class ConnectorFuzzRegressionTests(ConnectorsAppFactory connectors) : IClassFixture<ConnectorsAppFactory>
{
    [Theory]
    [InlineData("/api/connectors/chatwoot?token=" + ConnectorsAppFactory.ChatwootToken, """{"e\udd60":"","occurredAt":"preSales"}""")]
    [InlineData("/api/connectors/chatwoot?token=" + ConnectorsAppFactory.ChatwootToken, """{"assignee":{},"\ud9ed褺̀辮V>]":"conversation_updated"}""")]
    [InlineData("/api/connectors/generic/helpdesk", """{"\udffb\udf78F":[[{}],{}],"payload":{"items":[{"uid":"x"}]}}""")]
    public async Task A_webhook_holding_an_unpaired_surrogate_is_a_400(string path, string body)
    {
        using var client = connectors.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ConnectorsAppFactory.HelpdeskKey);

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
