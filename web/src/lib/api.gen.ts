// Generated from openapi/v1.json by scripts/api-types.mjs (npm run gen:api). Do not edit.

export interface paths {
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeadLetterPage"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": null | components["schemas"]["TokenRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenResponse"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": null | components["schemas"]["LanguageRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LanguageRequest"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    kind?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEntry"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevealedTranscript"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetStatus"][];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/texts/{lang}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lang: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connectors/chatwoot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostChatwoot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connectors/generic/{source}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostGeneric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/floor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    storeId?: string;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FloorSnapshot"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoreInfo"][];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationView"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgentView"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgentConversation"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}/hints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    open?: boolean;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Hint"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerView"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: string;
                    kind?: string;
                    teamId?: string;
                    storeId?: string;
                    agentId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: string;
                    severity?: string;
                    storeId?: string;
                    teamId?: string;
                    agentId?: string;
                    offset?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/silences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Silence"][];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Silence"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Silence"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/silences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rulesets/{storeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    storeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ruleset"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    storeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Ruleset"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ruleset"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    teamId?: string;
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgentReport"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    storeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlatformRates"][];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OpenDisputeRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dispute"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/disputes/{disputeId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    disputeId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": null | components["schemas"]["DisputeDecisionRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dispute"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/disputes/{disputeId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    disputeId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": null | components["schemas"]["DisputeDecisionRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dispute"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/manual-score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ManualScoreRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManualScore"];
                    };
                };
                /** @description The request is malformed; detail (and errors) name each bad field. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Not Found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rulesets/{storeId}/backtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    storeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BacktestRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BacktestResult"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    storeId?: string;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InsightsReport"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                    };
                };
                /** @description Missing, expired or invalid bearer token. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The token's role or team/store scope does not reach this resource. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description Rate limited; retry after the Retry-After header's seconds. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
                /** @description The cluster is unavailable; nothing was applied, retry. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ProblemDetails"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgentConversation: {
            conversationId: string;
            customerId: null | string;
            status: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: double */
            score: null | number;
            /** Format: int32 */
            breaches: number;
            /** Format: int32 */
            alerts: number;
        };
        AgentDayFigures: {
            date: string;
            /** Format: int32 */
            conversations?: number;
            /** Format: int32 */
            messages?: number;
            /** Format: double */
            averageFirstResponseSeconds?: null | number;
            /** Format: double */
            p90FirstResponseSeconds?: null | number;
            /** Format: int32 */
            breaches?: number;
            /** Format: int32 */
            alerts?: number;
            /** Format: int32 */
            closedConversations?: number;
            /** Format: double */
            averageQaScore?: null | number;
            secondsByStatus?: {
                [key: string]: number;
            };
        };
        AgentReport: {
            from: string;
            to: string;
            storeId?: null | string;
            teamId?: null | string;
            agents?: components["schemas"]["ReportRow"][];
            teams?: components["schemas"]["ReportRow"][];
            stores?: components["schemas"]["ReportRow"][];
            platforms?: components["schemas"]["ReportRow"][];
            total?: null | components["schemas"]["ReportRow"];
        };
        AgentTile: {
            agentId: string;
            status?: string;
            teamId?: null | string;
            storeId?: null | string;
            /** Format: int32 */
            load?: number;
            /** Format: double */
            longestWaitSeconds?: number;
            /** Format: int32 */
            breachesToday?: number;
            /** Format: int32 */
            alertsToday?: number;
        };
        AgentView: {
            agentId: string;
            status?: string;
            /** Format: date-time */
            statusSince?: null | string;
            role?: null | string;
            teamId?: null | string;
            storeId?: null | string;
            openConversations?: string[];
            today: components["schemas"]["AgentDayFigures"];
            todayConversion?: null | components["schemas"]["ConversionFigures"];
            statusTimeline?: components["schemas"]["StatusSpan"][];
        };
        Alert: {
            alertId: string;
            kind: string;
            severity: string;
            status?: string;
            conversationId?: null | string;
            agentId?: null | string;
            customerId?: null | string;
            storeId?: string;
            teamId?: null | string;
            /** Format: date-time */
            raisedAt: string;
            message: string;
            evidence?: null | string;
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
            evidenceKey?: null | string;
            evidenceArgs?: null | {
                [key: string]: string;
            };
            ruleId?: null | string;
            escalatedAlertId?: null | string;
            /** Format: date-time */
            acknowledgedAt?: null | string;
            acknowledgedBy?: null | string;
            /** Format: date-time */
            resolvedAt?: null | string;
            resolvedBy?: null | string;
            resolvedReason?: null | string;
            incidentId?: null | string;
            /** Format: int32 */
            escalationLevel?: null | number;
            history?: components["schemas"]["AlertNote"][];
        };
        AlertNote: {
            /** Format: date-time */
            at: string;
            action: string;
            by: null | string;
            note: null | string;
        };
        AuditEntry: {
            /** Format: date-time */
            at?: string;
            kind: string;
            actor: string;
            target: string;
            storeId?: null | string;
            before?: null | string;
            after?: null | string;
            reason?: null | string;
            auditId?: null | string;
            clientAddress?: null | string;
        };
        AutoFailHit: {
            ruleId: string;
            reason: string;
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
        };
        BacktestAgent: {
            agentId: string;
            /** Format: int32 */
            conversations?: number;
            /** Format: int32 */
            changed?: number;
            /** Format: double */
            averageScorePublished?: number;
            /** Format: double */
            averageScoreDraft?: number;
            /** Format: double */
            delta?: number;
        };
        BacktestConversation: {
            conversationId: string;
            agentId?: null | string;
            /** Format: double */
            publishedScore?: number;
            /** Format: double */
            draftScore?: number;
            /** Format: double */
            delta?: number;
            deductionsAppeared?: components["schemas"]["Deduction"][];
            deductionsDisappeared?: components["schemas"]["Deduction"][];
            alertsAppeared?: string[];
            alertsDisappeared?: string[];
            isChange?: boolean;
        };
        BacktestRequest: {
            from: null | string;
            to: null | string;
            ruleset: null | components["schemas"]["Ruleset"];
        };
        BacktestResult: {
            storeId: string;
            from: string;
            to: string;
            /** Format: int32 */
            publishedVersion?: number;
            /** Format: int32 */
            conversations?: number;
            /** Format: int32 */
            changed?: number;
            /** Format: double */
            averageScorePublished?: null | number;
            /** Format: double */
            averageScoreDraft?: null | number;
            agents?: components["schemas"]["BacktestAgent"][];
            conversationChanges?: components["schemas"]["BacktestConversation"][];
        };
        BusinessHours: {
            timeZone?: string;
            days?: {
                [key: string]: components["schemas"]["OpeningSpan"][];
            };
        };
        Calibration: {
            /** Format: int32 */
            conversations?: number;
            meanAbsoluteDifference?: {
                [key: string]: number;
            };
            /** Format: double */
            totalMeanAbsoluteDifference?: null | number;
        };
        ConnectorResult: {
            /** Format: int32 */
            accepted: number;
            /** Format: int32 */
            duplicates: number;
            rejected: components["schemas"]["IngestRejection"][];
            ignoredKey?: null | string;
            ignoredArgs?: null | {
                [key: string]: string;
            };
            ignored?: null | string;
        };
        Contact: {
            conversationId: string;
            /** Format: date-time */
            at: string;
            storeId: string;
            platform: null | string;
        };
        ConversationEvent: {
            eventId?: null | string;
            type?: null | string;
            /** Format: date-time */
            occurredAt?: null | string;
            conversationId?: null | string;
            storeId?: null | string;
            teamId?: null | string;
            platform?: null | string;
            channel?: null | string;
            customerId?: null | string;
            agentId?: null | string;
            sender?: null | string;
            text?: null | string;
            /** Format: int32 */
            rating?: null | number;
            status?: null | string;
            role?: null | string;
            orderId?: null | string;
            /** Format: double */
            amount?: null | number;
            currency?: null | string;
            items?: null | {
                sku: null | string;
                name: null | string;
                /** Format: int32 */
                quantity: number;
                /** Format: double */
                price: number;
            }[];
        };
        ConversationView: {
            conversationId: string;
            storeId?: string;
            teamId?: null | string;
            platform?: null | string;
            channel?: null | string;
            customerId?: null | string;
            agentId?: null | string;
            agentHistory?: string[];
            agentRole?: null | string;
            /** Format: date-time */
            startedAt?: null | string;
            /** Format: date-time */
            closedAt?: null | string;
            status?: string;
            /** Format: int32 */
            csat?: null | number;
            /** Format: int32 */
            rulesetVersion?: number;
            messages?: components["schemas"]["MessageView"][];
            slaTimeline?: components["schemas"]["SlaWait"][];
            moodTrajectory?: components["schemas"]["MoodPoint"][];
            alerts?: components["schemas"]["Alert"][];
            scorecard: components["schemas"]["Scorecard"];
            orders?: components["schemas"]["OrderCredit"][];
        };
        ConversionFigures: {
            /** Format: int32 */
            servedCustomers?: number;
            /** Format: int32 */
            inquiringCustomers?: number;
            /** Format: int32 */
            orderingCustomers?: number;
            /** Format: int32 */
            payingCustomers?: number;
            /** Format: double */
            inquiryConversionPct?: null | number;
            /** Format: double */
            sameDayPaymentPct?: null | number;
            /** Format: double */
            nextDayPaymentPct?: null | number;
            /** Format: double */
            sales?: number;
            currency?: null | string;
            /** Format: double */
            salesPerCustomer?: null | number;
            /** Format: int32 */
            paidOrders?: number;
            /** Format: double */
            refundRatePct?: null | number;
        };
        ConversionRules: {
            /** Format: int32 */
            attributionHours?: number;
            inquiry?: components["schemas"]["InquiryRule"];
            /** Format: double */
            targetConversionPct?: null | number;
        };
        CustomerView: {
            customerId: string;
            contacts?: components["schemas"]["Contact"][];
            repeatContact?: components["schemas"]["RepeatContactState"][];
        };
        DeadLetter: {
            eventId: string;
            conversationId?: null | string;
            storeId?: null | string;
            error: string;
            failure?: null | string;
            /** Format: date-time */
            at?: string;
            event: components["schemas"]["IncomingEvent"];
        };
        DeadLetterPage: {
            /** Format: int64 */
            total: number;
            letters: components["schemas"]["DeadLetter"][];
        };
        Deduction: {
            ruleId: string;
            dimension: string;
            /** Format: double */
            points: number;
            reason?: string;
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
            evidence?: null | string;
            evidenceKey?: null | string;
            evidenceArgs?: null | {
                [key: string]: string;
            };
            /** Format: int32 */
            start?: null | number;
            /** Format: int32 */
            length?: null | number;
            messageId?: null | string;
        };
        DimensionWeights: {
            /** Format: double */
            responsiveness: number;
            /** Format: double */
            resolution: number;
            /** Format: double */
            compliance: number;
            /** Format: double */
            courtesy: number;
            /** Format: double */
            conversion: number;
        };
        DisclosureRule: {
            topic: string;
            required: components["schemas"]["RequiredDisclosure"][];
            appliesWhen?: null | string[];
            notWhen?: null | string[];
        };
        Dispute: {
            disputeId: string;
            ruleId: string;
            messageId?: null | string;
            reason: string;
            agentId: string;
            status?: string;
            /** Format: date-time */
            openedAt: string;
            decidedBy?: null | string;
            /** Format: date-time */
            decidedAt?: null | string;
            note?: null | string;
            /** Format: double */
            scoreBefore?: null | number;
            /** Format: double */
            scoreAfter?: null | number;
        };
        DisputeDecisionRequest: {
            note: null | string;
        };
        EscalationPolicy: {
            /** Format: int32 */
            ackTimeoutSeconds?: number;
            /** Format: int32 */
            secondLevelSeconds?: null | number;
        };
        FloorKpis: {
            /** Format: int32 */
            openConversations?: number;
            /** Format: int32 */
            waiting?: number;
            /** Format: double */
            longestWaitSeconds?: number;
            /** Format: double */
            slaAttainmentPercent?: null | number;
            openAlertsBySeverity?: {
                [key: string]: number;
            };
            openIncidentsBySeverity?: {
                [key: string]: number;
            };
            /** Format: double */
            csatToday?: null | number;
            /** Format: int32 */
            messagesToday?: number;
            /** Format: int32 */
            conversationsToday?: number;
        };
        FloorSnapshot: {
            storeId?: null | string;
            teamId?: null | string;
            /** Format: date-time */
            at: string;
            kpis: components["schemas"]["FloorKpis"];
            agents?: components["schemas"]["AgentTile"][];
            riskConversations?: components["schemas"]["RiskConversation"][];
            openAlerts?: components["schemas"]["Alert"][];
        };
        Hint: {
            conversationId: string;
            kind: string;
            severity: string;
            text: string;
            /** Format: date-time */
            at: string;
            ruleId?: null | string;
            hintId?: null | string;
            /** Format: date-time */
            raisedAt?: string;
            /** Format: date-time */
            retiredAt?: null | string;
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
        };
        HttpValidationProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: null | number;
            detail?: null | string;
            instance?: null | string;
            errors?: {
                [key: string]: string[];
            };
        };
        ImportError: {
            /** Format: int64 */
            line: number;
            eventId: null | string;
            error: string;
            errors?: null | components["schemas"]["RejectionText"][];
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
            message?: null | string;
        };
        ImportProgress: {
            importId: string;
            status: string;
            format?: null | string;
            encoding?: null | string;
            /** Format: int64 */
            records?: number;
            /** Format: int64 */
            accepted?: number;
            /** Format: int64 */
            duplicates?: number;
            /** Format: int64 */
            rejected?: number;
            /** Format: date-time */
            startedAt?: string;
            /** Format: double */
            elapsedSeconds?: number;
            /** Format: double */
            eventsPerSecond?: number;
            errors?: components["schemas"]["ImportError"][];
            error?: null | string;
            failure?: null | components["schemas"]["RejectionText"];
        };
        Incident: {
            incidentId: string;
            subject: components["schemas"]["IncidentSubject"];
            storeId?: string;
            teamId?: null | string;
            agentId?: null | string;
            severity: string;
            status: string;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            updatedAt: string;
            escalated?: boolean;
            /** Format: int32 */
            escalationLevel?: number;
            summary: string;
            summaryKey?: string;
            summaryArgs?: {
                [key: string]: string;
            };
            alerts?: components["schemas"]["Alert"][];
            history?: components["schemas"]["AlertNote"][];
        };
        IncidentSubject: {
            conversationId: null | string;
            customerId: null | string;
        };
        IncomingEvent: {
            eventId: string;
            type: string;
            /** Format: date-time */
            occurredAt: string;
            conversationId?: null | string;
            storeId?: string;
            teamId?: null | string;
            platform?: null | string;
            channel?: null | string;
            customerId?: null | string;
            agentId?: null | string;
            sender?: null | string;
            text?: null | string;
            /** Format: int32 */
            rating?: null | number;
            status?: null | string;
            role?: null | string;
            historical?: boolean;
            orderId?: null | string;
            /** Format: double */
            amount?: null | number;
            currency?: null | string;
            items?: null | components["schemas"]["OrderItem"][];
        };
        IngestRejection: {
            /** Format: int32 */
            index: number;
            eventId: null | string;
            error: string;
            retry?: boolean;
            errors?: null | components["schemas"]["RejectionText"][];
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
            message?: null | string;
        };
        IngestResult: {
            /** Format: int32 */
            accepted: number;
            /** Format: int32 */
            duplicates: number;
            rejected: components["schemas"]["IngestRejection"][];
        };
        InquiryRule: {
            roles?: string[];
            topics?: string[];
        };
        InsightItem: {
            key: string;
            /** Format: int32 */
            conversations?: number;
            /** Format: double */
            sharePct?: number;
            /** Format: int32 */
            complaints?: null | number;
            /** Format: double */
            complaintRatePct?: null | number;
            examples?: string[];
        };
        InsightsReport: {
            from: string;
            to: string;
            storeId?: null | string;
            teamId?: null | string;
            /** Format: int32 */
            conversations?: number;
            /** Format: int32 */
            complaints?: number;
            /** Format: double */
            complaintRatePct?: null | number;
            topTopics?: components["schemas"]["InsightItem"][];
            topComplaintReasons?: components["schemas"]["InsightItem"][];
            complaintThreats?: components["schemas"]["InsightItem"][];
            refundReasons?: components["schemas"]["InsightItem"][];
        };
        LanguageRequest: {
            language: null | string;
        };
        LocalTimeWindow: {
            from?: string;
            to?: string;
        };
        ManualScore: {
            dimensions?: {
                [key: string]: number;
            };
            /** Format: double */
            total?: null | number;
            scoredBy: string;
            /** Format: date-time */
            scoredAt: string;
            note?: null | string;
        };
        ManualScoreRequest: {
            dimensions: null | {
                [key: string]: number;
            };
            note: null | string;
        };
        Me: {
            name: string;
            roles: string[];
            agentId: null | string;
            teamIds: string[];
            storeIds: string[];
            permissions?: string[];
            language?: null | string;
        };
        MessageAnalysis: {
            language?: string;
            maskedText: string;
            tags?: string[];
            hits?: components["schemas"]["PhraseHit"][];
            pii?: components["schemas"]["PiiHit"][];
            deductions?: components["schemas"]["Deduction"][];
            sentiment?: null | string;
            /** Format: double */
            sentimentConfidence?: null | number;
            topic?: null | string;
            /** Format: double */
            topicConfidence?: null | number;
            /** Format: double */
            complaintRisk?: null | number;
        };
        MessageView: {
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            sender: string;
            agentId?: null | string;
            text: string;
            analysis: components["schemas"]["MessageAnalysis"];
        };
        MissedRound: {
            conversationId: string;
            customerId: null | string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt: null | string;
        };
        MoodPoint: {
            /** Format: date-time */
            at: string;
            eventId: string;
            sentiment: string;
            /** Format: double */
            confidence: number;
        };
        OpenDisputeRequest: {
            ruleId: null | string;
            messageId: null | string;
            reason: null | string;
        };
        OpeningSpan: {
            from: string;
            to: string;
        };
        OrderCredit: {
            orderId: string;
            agentId: string;
            /** Format: double */
            amount?: number;
            currency?: null | string;
            status: string;
            /** Format: date-time */
            placedAt?: string;
            /** Format: date-time */
            paidAt?: null | string;
            /** Format: date-time */
            refundedAt?: null | string;
            counts?: boolean;
        };
        OrderItem: {
            sku: null | string;
            name: null | string;
            /** Format: int32 */
            quantity: number;
            /** Format: double */
            price: number;
        };
        PhraseHit: {
            list: string;
            phrase: string;
            /** Format: int32 */
            start: number;
            /** Format: int32 */
            length: number;
            text: string;
        };
        PhraseLists: {
            greeting?: string[];
            closing?: string[];
            apology?: string[];
            banned?: string[];
            rude?: string[];
            complaintThreat?: string[];
            dismissive?: string[];
            exceptions?: string[];
            customerAbuse?: string[];
        };
        PiiHit: {
            kind: string;
            /** Format: int32 */
            start: number;
            /** Format: int32 */
            length: number;
            masked: string;
        };
        PlatformMetricRule: {
            platform?: string;
            name?: string;
            /** Format: int32 */
            replyWithinSeconds?: number;
            window?: components["schemas"]["LocalTimeWindow"];
            unit?: string;
            /** Format: double */
            target?: number;
            /** Format: double */
            warnMarginPct?: number;
            /** Format: int32 */
            minRounds?: number;
        };
        PlatformRate: {
            platform: string;
            name: string;
            nameKey?: null | string;
            /** Format: int32 */
            replyWithinSeconds: number;
            unit: string;
            /** Format: double */
            target: number;
            /** Format: double */
            warnBelowPct: number;
            today: components["schemas"]["RateFigures"];
            last30Days: components["schemas"]["RateFigures"];
            missedRounds?: components["schemas"]["MissedRound"][];
        };
        PlatformRates: {
            storeId: string;
            timeZone: string;
            date: string;
            metrics?: components["schemas"]["PlatformRate"][];
        };
        ProblemDetails: {
            type?: null | string;
            title?: null | string;
            /** Format: int32 */
            status?: null | number;
            detail?: null | string;
            instance?: null | string;
        };
        RateFigures: {
            /** Format: double */
            ratePct: null | number;
            /** Format: int32 */
            met: number;
            /** Format: int32 */
            missed: number;
            /** Format: int32 */
            pending: number;
        };
        RawMessage: {
            eventId: string;
            /** Format: date-time */
            occurredAt: string;
            sender: string;
            agentId: null | string;
            text: string;
        };
        RejectionText: {
            messageKey: string;
            args: {
                [key: string]: string;
            };
            message?: string;
        };
        RepeatContactRule: {
            /** Format: int32 */
            count: number;
            /** Format: int32 */
            windowHours: number;
            severity: string;
        };
        RepeatContactState: {
            /** Format: int32 */
            count: number;
            /** Format: int32 */
            windowHours: number;
            severity: string;
            /** Format: int32 */
            contactsInWindow: number;
            raised: boolean;
            alertId: null | string;
        };
        ReportRow: {
            scope: string;
            agentId?: null | string;
            teamId?: null | string;
            storeId?: null | string;
            platform?: null | string;
            /** Format: int32 */
            conversations?: number;
            /** Format: int32 */
            closed?: number;
            /** Format: int32 */
            transferredAway?: number;
            /** Format: double */
            firstResponseAvgSeconds?: null | number;
            /** Format: double */
            firstResponseP90Seconds?: null | number;
            /** Format: double */
            averageHandleSeconds?: null | number;
            /** Format: double */
            firstContactResolutionPct?: null | number;
            /** Format: double */
            transferRatePct?: null | number;
            /** Format: int32 */
            csatResponses?: number;
            /** Format: double */
            csatAverage?: null | number;
            /** Format: double */
            csatSatisfiedPct?: null | number;
            /** Format: double */
            slaAttainmentPct?: null | number;
            /** Format: int32 */
            complianceViolations?: number;
            /** Format: double */
            complianceViolationsPer100?: null | number;
            /** Format: double */
            qaScoreAverage?: null | number;
            dimensionAverages?: {
                [key: string]: number;
            };
            /** Format: int32 */
            disputesAccepted?: number;
            calibration?: null | components["schemas"]["Calibration"];
            conversion?: null | components["schemas"]["ConversionFigures"];
        };
        RequiredDisclosure: {
            name: string;
            anyOf: string[];
        };
        RevealedTranscript: {
            conversationId: string;
            storeId: string;
            messages: components["schemas"]["RawMessage"][];
            auditId: string;
        };
        RiskConversation: {
            conversationId: string;
            agentId?: null | string;
            customerId?: null | string;
            storeId?: string;
            teamId?: null | string;
            reason: string;
            severity: string;
            /** Format: double */
            waitingSeconds?: number;
            /** Format: date-time */
            lastActivityAt?: string;
        };
        RoleWeights: {
            preSales?: components["schemas"]["DimensionWeights"];
            afterSales?: components["schemas"]["DimensionWeights"];
        };
        Ruleset: {
            storeId?: string;
            /** Format: int32 */
            version?: number;
            sla?: components["schemas"]["SlaThresholds"];
            repeatContact?: components["schemas"]["RepeatContactRule"][];
            escalation?: components["schemas"]["EscalationPolicy"];
            phrases?: components["schemas"]["PhraseLists"];
            languagePhrases?: null | {
                [key: string]: components["schemas"]["PhraseLists"];
            };
            languages?: string[];
            disclosures?: components["schemas"]["DisclosureRule"][];
            weights?: components["schemas"]["RoleWeights"];
            /** Format: double */
            qaLowScoreThreshold?: number;
            autoFail?: string[];
            businessHours?: null | components["schemas"]["BusinessHours"];
            /** Format: double */
            complaintRiskThreshold?: number;
            storeContacts?: null | components["schemas"]["StoreContacts"];
            conversion?: components["schemas"]["ConversionRules"];
            timeZone?: string;
            platformMetrics?: components["schemas"]["PlatformMetricRule"][];
        };
        ScoreAuditEntry: {
            /** Format: date-time */
            at: string;
            by: string;
            action: string;
            disputeId?: null | string;
            ruleId?: null | string;
            messageId?: null | string;
            /** Format: double */
            scoreBefore?: number;
            /** Format: double */
            scoreAfter?: number;
            note?: null | string;
        };
        Scorecard: {
            final?: boolean;
            role?: string;
            /** Format: int32 */
            rulesetVersion?: number;
            dimensions?: {
                [key: string]: number;
            };
            weights?: {
                [key: string]: number;
            };
            /** Format: double */
            total?: number;
            deductions?: components["schemas"]["Deduction"][];
            autoFail?: components["schemas"]["AutoFailHit"][];
            waived?: components["schemas"]["Deduction"][];
            disputes?: components["schemas"]["Dispute"][];
            manual?: null | components["schemas"]["ManualScore"];
            audit?: components["schemas"]["ScoreAuditEntry"][];
        };
        Silence: {
            silenceId?: string;
            kind?: null | string;
            storeId?: null | string;
            teamId?: null | string;
            agentId?: null | string;
            /** Format: date-time */
            until: string;
            reason: string;
            createdBy?: null | string;
            /** Format: date-time */
            createdAt?: string;
        };
        SlaThresholds: {
            /** Format: int32 */
            firstResponseWarnSeconds?: number;
            /** Format: int32 */
            firstResponseBreachSeconds?: number;
            /** Format: int32 */
            nextResponseWarnSeconds?: number;
            /** Format: int32 */
            nextResponseBreachSeconds?: number;
            botRepliesCount?: boolean;
            /** Format: int32 */
            resolutionWarnSeconds?: null | number;
            /** Format: int32 */
            resolutionBreachSeconds?: null | number;
        };
        SlaWait: {
            kind: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            answeredAt?: null | string;
            /** Format: double */
            seconds?: number;
            status: string;
            agentId?: null | string;
            explanation?: null | string;
            messageKey?: null | string;
            args?: null | {
                [key: string]: string;
            };
        };
        StatusSpan: {
            status: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: null | string;
        };
        StoreContacts: {
            returnAddresses?: string[];
            phones?: string[];
            emails?: string[];
        };
        StoreInfo: {
            storeId: string;
            name: string;
            teams: components["schemas"]["TeamInfo"][];
        };
        TargetStatus: {
            /** Format: int32 */
            index: number;
            kind: string;
            host: string;
            /** Format: int64 */
            delivered: number;
            /** Format: int64 */
            failed: number;
            lastError: null | string;
            /** Format: date-time */
            lastAttemptAt: null | string;
        };
        TeamInfo: {
            teamId: string;
            name: string;
        };
        TokenRequest: {
            name: null | string;
            password: null | string;
        };
        TokenResponse: {
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    PostEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One event, or a JSON array of them (a batch). Valid events of a batch are kept when others are rejected. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationEvent"] | components["schemas"]["ConversationEvent"][];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResult"];
                };
            };
            /** @description The request is malformed; detail (and errors) name each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or wrong X-Api-Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Rate limited; retry after the Retry-After header's seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The cluster is unavailable; nothing was applied, retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PostImport: {
        parameters: {
            query?: {
                Format?: string;
                Charset?: string;
                ImportId?: string;
                Start?: string;
                Tz?: string;
                StoreId?: string;
                TeamId?: string;
                Agents?: number;
                IdPrefix?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgress"];
                };
            };
            /** @description The request is malformed; detail (and errors) name each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or wrong X-Api-Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgress"];
                };
            };
            /** @description Rate limited; retry after the Retry-After header's seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The cluster is unavailable; nothing was applied, retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgress"];
                };
            };
            /** @description The request is malformed; detail (and errors) name each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or wrong X-Api-Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limited; retry after the Retry-After header's seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The cluster is unavailable; nothing was applied, retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PostChatwoot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResult"];
                };
            };
            /** @description The request is malformed; detail (and errors) name each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or wrong X-Api-Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResult"];
                };
            };
            /** @description Rate limited; retry after the Retry-After header's seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The cluster is unavailable; nothing was applied, retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PostGeneric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResult"];
                };
            };
            /** @description The request is malformed; detail (and errors) name each bad field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Missing or wrong X-Api-Key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectorResult"];
                };
            };
            /** @description Rate limited; retry after the Retry-After header's seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The cluster is unavailable; nothing was applied, retry. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
