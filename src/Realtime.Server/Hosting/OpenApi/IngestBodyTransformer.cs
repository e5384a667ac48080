using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Realtime.Contracts.Events;

namespace Realtime.Server.Hosting.OpenApi;

/// <summary>
/// <c>POST /api/events</c> reads its body itself (per-event validation), so its body is described here: one event or an
/// array of them, with an example of every event type.
/// </summary>
public sealed class IngestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath != "api/events" || context.Description.HttpMethod != "POST")
        {
            return;
        }

        const string Id = "ConversationEvent";
        if (context.Document?.Components?.Schemas?.ContainsKey(Id) != true)
        {
            context.Document!.AddComponent(Id, await context.GetOrCreateSchemaAsync(typeof(ConversationEvent), null, cancellationToken));
        }

        var single = new OpenApiSchemaReference(Id, context.Document);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One event, or a JSON array of them (a batch). Valid events of a batch are kept when others are rejected.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new()
                {
                    Schema = new OpenApiSchema { OneOf = [single, new OpenApiSchema { Type = JsonSchemaType.Array, Items = single }] },
                    Examples = Examples(),
                },
            },
        };
    }

    private static Dictionary<string, IOpenApiExample> Examples()
    {
        const string At = "2026-11-22T08:00:00Z";
        JsonObject Event(string id, string type, JsonObject fields)
        {
            var e = new JsonObject { ["eventId"] = id, ["type"] = type, ["occurredAt"] = At };
            foreach (var (key, value) in fields)
            {
                e[key] = value?.DeepClone();
            }

            return e;
        }

        var examples = new Dictionary<string, JsonNode>
        {
            [EventTypes.ConversationStarted] = Event("evt-1", EventTypes.ConversationStarted, new() { ["conversationId"] = "c-42", ["storeId"] = "store-1", ["platform"] = "taobao", ["channel"] = "chat", ["customerId"] = "u-77" }),
            [EventTypes.Message] = Event("evt-2", EventTypes.Message, new() { ["conversationId"] = "c-42", ["sender"] = "customer", ["customerId"] = "u-77", ["text"] = "你好,我的快递三天了还没到" }),
            [EventTypes.AgentAssigned] = Event("evt-3", EventTypes.AgentAssigned, new() { ["conversationId"] = "c-42", ["agentId"] = "a-7", ["role"] = "afterSales" }),
            [EventTypes.ConversationClosed] = Event("evt-4", EventTypes.ConversationClosed, new() { ["conversationId"] = "c-42" }),
            [EventTypes.Csat] = Event("evt-5", EventTypes.Csat, new() { ["conversationId"] = "c-42", ["rating"] = 2 }),
            [EventTypes.AgentStatus] = Event("evt-6", EventTypes.AgentStatus, new() { ["agentId"] = "a-7", ["status"] = "online", ["role"] = "afterSales" }),
            [EventTypes.Order] = Event("evt-7", EventTypes.Order, new()
            {
                ["orderId"] = "o-9", ["customerId"] = "u-77", ["storeId"] = "store-1", ["platform"] = "tmall", ["status"] = "paid",
                ["amount"] = 199.0, ["currency"] = "CNY", ["items"] = new JsonArray(new JsonObject { ["sku"] = "sku-1", ["name"] = "T恤", ["quantity"] = 1, ["price"] = 199.0 }),
            }),
        };
        var result = examples.ToDictionary(e => e.Key, e => (IOpenApiExample)new OpenApiExample { Summary = e.Key, Value = e.Value });
        result["batch"] = new OpenApiExample { Summary = "a batch", Value = new JsonArray(examples[EventTypes.ConversationStarted].DeepClone(), examples[EventTypes.Message].DeepClone()) };
        return result;
    }
}
