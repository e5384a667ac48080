namespace Realtime.Server.Tests.Connectors;

/// <summary>
/// Webhook bodies shaped as Chatwoot sends them (<c>Message#webhook_data</c>, <c>Conversation#webhook_data</c> with
/// <c>event</c>, and <c>changed_attributes</c> on updates), trimmed to the fields we read plus a few we do not.
/// </summary>
public static class ChatwootWebhooks
{
    public static string ConversationCreated(int conversation, int contact, long createdAt) => $$"""
        {"event":"conversation_created","id":{{conversation}},"inbox_id":3,"status":"open","channel":"Channel::WebWidget",
         "can_reply":true,"additional_attributes":{"browser":{"browser_name":"Chrome"} },
         "contact_inbox":{"id":55,"contact_id":{{contact}},"inbox_id":3,"source_id":"a1b2"},
         "meta":{"sender":{"id":{{contact}},"name":"王女士","type":"contact"},"assignee":null,"team":{"id":2,"name":"team-after-sales"} },
         "messages":[],"labels":[],"unread_count":0,"created_at":{{createdAt}},"timestamp":{{createdAt}} }
        """;

    public static string Message(int id, int conversation, string type, string content, string createdAt, string sender, bool isPrivate = false) => $$"""
        {"event":"message_created","id":{{id}},"content":"{{content}}","content_type":"text","content_attributes":{},
         "message_type":"{{type}}","private":{{(isPrivate ? "true" : "false")}},"source_id":null,"created_at":"{{createdAt}}",
         "sender":{{sender}},
         "inbox":{"id":3,"name":"Web"},"account":{"id":1,"name":"Shop"},
         "conversation":{"id":{{conversation}},"inbox_id":3,"status":"open","channel":"Channel::WebWidget",
           "meta":{"sender":{"id":901,"type":"contact"},"team":{"id":2,"name":"team-after-sales"} } } }
        """;

    /// <summary>
    /// The sample of Chatwoot's webhook documentation (docs "How to use webhooks?"): ids as strings, a sender without
    /// <c>type</c>, the contact beside it, and a conversation named only by <c>display_id</c>.
    /// </summary>
    public static string DocumentedMessage(string id, string conversation, string type, string content, string createdAt, string sender, string contact) => $$"""
        {"event":"message_created","id":"{{id}}","content":"{{content}}","created_at":"{{createdAt}}","message_type":"{{type}}",
         "content_type":"text","content_attributes":{},"source_id":"",
         "sender":{"id":"{{sender}}","name":"Agent","email":"agent@example.com"},
         "contact":{"id":"{{contact}}","name":"contact-name"},
         "conversation":{"display_id":"{{conversation}}","additional_attributes":{"browser":{"device_name":"Macbook","browser_name":"Chrome",
           "platform_name":"Macintosh","browser_version":"80.0.3987.122","platform_version":"10.15.2"},"referer":"http://www.chatwoot.com",
           "initiated_at":"Tue Mar 03 2020 18:37:38 GMT-0700 (Mountain Standard Time)"} },
         "account":{"id":"1","name":"Chatwoot"} }
        """;

    public static string Contact(int id) => $$"""{"id":{{id}},"name":"王女士","type":"contact"}""";

    public static string User(int id) => $$"""{"id":{{id}},"name":"小李","email":"li@shop.example","type":"user"}""";

    public static string Bot(int id) => $$"""{"id":{{id}},"name":"FAQ bot","type":"agent_bot"}""";

    public static string AssigneeChanged(int conversation, int? previous, int current, long updatedAt) => $$"""
        {"event":"conversation_updated","id":{{conversation}},"status":"open","channel":"Channel::WebWidget",
         "meta":{"sender":{"id":901,"type":"contact"},"assignee":{"id":{{current}},"name":"小李","type":"user"} },
         "changed_attributes":[{"assignee_id":{"previous_value":{{(previous?.ToString() ?? "null")}},"current_value":{{current}} } }],
         "updated_at":{{updatedAt}},"timestamp":{{updatedAt}} }
        """;

    public static string StatusChanged(int conversation, string status, long updatedAt) => $$"""
        {"event":"conversation_status_changed","id":{{conversation}},"status":"{{status}}","channel":"Channel::WebWidget",
         "meta":{"sender":{"id":901,"type":"contact"} },"changed_attributes":[{"status":{"previous_value":"open","current_value":"{{status}}"} }],
         "updated_at":{{updatedAt}},"timestamp":{{updatedAt}} }
        """;
}
