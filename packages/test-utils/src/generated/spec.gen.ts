/**
 * Generated from openapi/workflows.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
/** The OpenAPI document, for validating requests and responses at runtime. */
export const spec = {
  openapi: "3.1.0",
  info: {
    title: "Mastra Workflows API",
    version: "0.14.1",
    summary: "The `/api/workflows` endpoints of Mastra 0.10–0.24, as the wire actually behaves.",
    description:
      'The workflow endpoints of a Mastra server (core/server/deployer 0.10 through 0.24, the line that\n`@mastra/client-js` 0.10.x drives), described from the published packages and from live captures\nagainst a real 0.14.1 server. The spec describes the wire, quirks included:\n\n- Every error body is `{"error": "<message>"}` (dev servers add `stack` and sometimes `cause`).\n  Older 0.10.x servers report some not-found cases as **500** instead of 404, so clients must treat\n  any non-2xx answer as an error and read `error`.\n- A request to an unknown route answers `404` with the `text/plain` body `404 Not Found` (the Hono\n  default), not JSON.\n- Times inside results and records are epoch-millisecond numbers; `createdAt`/`updatedAt` of stored\n  runs are ISO date-time strings.\n- A step or run `error` is a **string** (the stack), never an object.\n- The `steps` map of every result holds the raw run input under the key `input`; every other key\n  is a step id mapped to a `StepResult`.\n- The watch endpoint streams double-encoded records separated by U+001E; see `watchWorkflowRun`.\n- The global timeout middleware (default 3 minutes, `server.timeout`) answers\n  `504 {"error":"Gateway Timeout"}`; it matters for the waiting calls `start-async` and\n  `resume-async`.\n- CORS is open by default (`Access-Control-Allow-Origin: *`).\n\nInput is not validated against a workflow\'s `inputSchema` by the server.\n',
    license: {
      name: "MIT",
      identifier: "MIT",
    },
  },
  servers: [
    {
      url: "http://localhost:4111/api",
      description:
        "A local Mastra server on its default port (4111), under the fixed `/api` prefix.",
    },
  ],
  tags: [
    {
      name: "workflows",
      description: "Workflows registered with the Mastra instance, their runs, and run streams.",
    },
  ],
  security: [
    {},
    {
      bearerAuth: [],
    },
    {
      apiKeyQuery: [],
    },
  ],
  paths: {
    "/workflows": {
      get: {
        operationId: "listWorkflows",
        tags: ["workflows"],
        summary: "List registered workflows",
        description:
          "Returns every registered workflow, keyed by the key it was registered under with `Mastra`.\nThe key can differ from the workflow's own id (`name`).\n",
        responses: {
          "200": {
            description: "The workflows, keyed by registration key.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowList",
                },
              },
            },
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      get: {
        operationId: "getWorkflow",
        tags: ["workflows"],
        summary: "Get one workflow's details",
        responses: {
          "200": {
            description: "The workflow's details.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowInfo",
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/runs": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      get: {
        operationId: "listWorkflowRuns",
        tags: ["workflows"],
        summary: "List a workflow's stored runs",
        description:
          "Lists runs from the server's storage. The in-memory store applies `limit`/`offset` only when\n**both** are given; `total` always counts every matching run.\n",
        parameters: [
          {
            name: "fromDate",
            in: "query",
            required: false,
            description: "Only runs created at or after this time (ISO 8601).",
            schema: {
              type: "string",
              format: "date-time",
            },
            example: "2026-11-28T00:00:00.000Z",
          },
          {
            name: "toDate",
            in: "query",
            required: false,
            description: "Only runs created at or before this time (ISO 8601).",
            schema: {
              type: "string",
              format: "date-time",
            },
            example: "2026-11-29T00:00:00.000Z",
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Page size. The in-memory store ignores it unless `offset` is also given.",
            schema: {
              type: "integer",
              minimum: 0,
            },
            example: 20,
          },
          {
            name: "offset",
            in: "query",
            required: false,
            description:
              "Number of runs to skip. The in-memory store ignores it unless `limit` is also given.",
            schema: {
              type: "integer",
              minimum: 0,
            },
            example: 0,
          },
          {
            name: "resourceId",
            in: "query",
            required: false,
            description: "Only runs that belong to this resource.",
            schema: {
              type: "string",
            },
            example: "user-123",
          },
        ],
        responses: {
          "200": {
            description: "A page of runs and the total count.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowRuns",
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/runs/{runId}": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
        {
          $ref: "#/components/parameters/runIdPath",
        },
      ],
      get: {
        operationId: "getWorkflowRun",
        tags: ["workflows"],
        summary: "Get one stored run",
        responses: {
          "200": {
            description: "The stored run, with its snapshot.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowRun",
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/runs/{runId}/execution-result": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
        {
          $ref: "#/components/parameters/runIdPath",
        },
      ],
      get: {
        operationId: "getWorkflowRunExecutionResult",
        tags: ["workflows"],
        summary: "Get a run's current execution result",
        description:
          'The run\'s state as stored: status, step results, and the result or error when finished.\nWorks for runs that have already finished or suspended (unlike watch). A freshly created run\nanswers `{"status":"pending","steps":{}}`. 404 messages seen: `Workflow run execution result not\nfound`, and `Workflow with ID <id> not found` for an unknown workflow.\n',
        responses: {
          "200": {
            description: "The run's execution result.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/ExecutionResult",
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/create-run": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "createWorkflowRun",
        tags: ["workflows"],
        summary: "Create a run",
        description:
          "Creates a run (stored with status `pending`) and returns its id. With `runId`, that id is used\n(and echoed back); otherwise the server generates a UUID. Takes no request body.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryOptional",
          },
        ],
        responses: {
          "200": {
            description: "The run's id.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/CreateRunResponse",
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "413": {
            $ref: "#/components/responses/PayloadTooLarge",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/start": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "startWorkflowRun",
        tags: ["workflows"],
        summary: "Start a created run without waiting (fire-and-forget)",
        description:
          'Starts a run created with `create-run` and answers at once. The body must be JSON: an empty\nbody answers `500 {"error":"Unexpected end of JSON input"}`. Errors seen: 400 `runId required\nto start run`; 404 `Workflow run not found` (the run must be created first).\n',
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/StartRun",
        },
        responses: {
          "200": {
            description: "The run was started.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  started: {
                    summary: "Run started",
                    value: {
                      message: "Workflow run started",
                    },
                  },
                },
              },
            },
          },
          "400": {
            $ref: "#/components/responses/BadRequest",
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/start-async": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "startWorkflowRunAsync",
        tags: ["workflows"],
        summary: "Start a run and wait for it to finish or suspend",
        description:
          "Starts the run (a new one when `runId` is absent) and answers when it succeeds, fails or\nsuspends. Long runs hit the server timeout (504). An engine throw answers 500.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryOptional",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/StartRun",
        },
        responses: {
          "200": {
            $ref: "#/components/responses/WorkflowResult",
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "413": {
            $ref: "#/components/responses/PayloadTooLarge",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
          "504": {
            $ref: "#/components/responses/GatewayTimeout",
          },
        },
      },
    },
    "/workflows/{workflowId}/resume": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "resumeWorkflowRun",
        tags: ["workflows"],
        summary: "Resume a suspended run without waiting (fire-and-forget)",
        description:
          "Resumes a suspended step and answers at once. Errors seen: 400 `runId required to resume\nworkflow`, 400 `step required to resume workflow`, 404 for an unknown run. Resuming a run that\nis not suspended answers 200 and then the resume fails in the background; on Mastra 0.10–0.14\nthat rejection is unhandled and can terminate the server process.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/ResumeRun",
        },
        responses: {
          "200": {
            description: "The run was resumed.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  resumed: {
                    summary: "Run resumed",
                    value: {
                      message: "Workflow run resumed",
                    },
                  },
                },
              },
            },
          },
          "400": {
            $ref: "#/components/responses/BadRequest",
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/resume-async": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "resumeWorkflowRunAsync",
        tags: ["workflows"],
        summary: "Resume a suspended run and wait for it to finish or suspend again",
        description:
          'Errors seen: 400 as for `resume`; 404; **500** `This workflow run was not suspended`,\n`This workflow step "<id>" was not suspended. Available suspended steps: [...]` and\n`No snapshot found for this workflow run`.\n',
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/ResumeRun",
        },
        responses: {
          "200": {
            $ref: "#/components/responses/WorkflowResult",
          },
          "400": {
            $ref: "#/components/responses/BadRequest",
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "413": {
            $ref: "#/components/responses/PayloadTooLarge",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
          "504": {
            $ref: "#/components/responses/GatewayTimeout",
          },
        },
      },
    },
    "/workflows/{workflowId}/watch": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      get: {
        operationId: "watchWorkflowRun",
        tags: ["workflows"],
        summary: "Watch a run's progress as a record stream",
        description:
          "Streams the run's progress as a chunked `text/plain` body (not SSE, not NDJSON).\n\n**Framing.** Each record is `JSON.stringify(JSON.stringify(record)) + \"\\u001E\"`: a JSON\n*string literal* whose content is the `WatchRecord` JSON, terminated by U+001E (record\nseparator) — the last record included. There are no newlines. Records can share a chunk and\na record can span chunks. A compatible reader decodes UTF-8 in streaming mode, splits on\nU+001E, keeps the trailing partial piece, `JSON.parse`s each non-empty piece and parses again\nwhen the result is a string (older servers single-encode).\n\n**Records.** Each record carries the run's accumulated state (`payload.workflowState`), so\nevery record is a full picture so far; `payload.currentStep` is absent on the final record.\n\n**End of stream.** The server closes the body after a record whose `workflowState.status` is\nnot `running` (success, failed, suspended, waiting, canceled). So a watch ends at suspension:\nopen a new watch before resuming. There is no replay: events emitted before the watch\nconnected are lost. Watching a run that has already finished or suspended emits nothing and\nnever closes; use a timeout and fall back to `execution-result`. An unknown workflow or run\nanswers 200 with an empty body; only a missing `runId` answers 400.\n\nOpen the watch (without awaiting it) before calling `start`.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        responses: {
          "200": {
            description:
              "A stream of U+001E-terminated, double-encoded `WatchRecord`s (see the operation\ndescription). Empty for an unknown workflow or run.\n",
            content: {
              "text/plain": {
                schema: {
                  $ref: "#/components/schemas/WatchBody",
                },
                examples: {
                  resumeUntilSuccess: {
                    summary: "A watch opened before resume, until success (captured bytes)",
                    value:
                      '"{\\"type\\":\\"watch\\",\\"payload\\":{\\"workflowState\\":{\\"status\\":\\"running\\",\\"steps\\":{\\"input\\":{\\"value\\":21},\\"step1\\":{\\"status\\":\\"success\\",\\"payload\\":{\\"value\\":21},\\"startedAt\\":1795867073449,\\"output\\":{\\"doubled\\":42},\\"endedAt\\":1795867073601},\\"step2\\":{\\"status\\":\\"suspended\\",\\"payload\\":{\\"doubled\\":42},\\"startedAt\\":1795867073602,\\"suspendPayload\\":{\\"reason\\":\\"need approval\\"},\\"suspendedAt\\":1795867073603,\\"resumePayload\\":{\\"approved\\":true},\\"resumedAt\\":1795867075268}},\\"result\\":null,\\"error\\":null},\\"currentStep\\":{\\"id\\":\\"step2\\",\\"status\\":\\"suspended\\",\\"payload\\":{\\"doubled\\":42},\\"startedAt\\":1795867073602,\\"suspendPayload\\":{\\"reason\\":\\"need approval\\"},\\"suspendedAt\\":1795867073603,\\"resumePayload\\":{\\"approved\\":true},\\"resumedAt\\":1795867075268}},\\"eventTimestamp\\":1795867075268,\\"runId\\":\\"fixture-run-1\\"}"\u001e"{\\"type\\":\\"watch\\",\\"payload\\":{\\"workflowState\\":{\\"status\\":\\"running\\",\\"steps\\":{\\"input\\":{\\"value\\":21},\\"step1\\":{\\"status\\":\\"success\\",\\"payload\\":{\\"value\\":21},\\"startedAt\\":1795867073449,\\"output\\":{\\"doubled\\":42},\\"endedAt\\":1795867073601},\\"step2\\":{\\"status\\":\\"success\\",\\"payload\\":{\\"doubled\\":42},\\"startedAt\\":1795867073602,\\"suspendPayload\\":{\\"reason\\":\\"need approval\\"},\\"suspendedAt\\":1795867073603,\\"resumePayload\\":{\\"approved\\":true},\\"resumedAt\\":1795867075268,\\"output\\":{\\"result\\":\\"approved=true doubled=42\\"},\\"endedAt\\":1795867075268}},\\"result\\":null,\\"error\\":null},\\"currentStep\\":{\\"id\\":\\"step2\\",\\"payload\\":{\\"doubled\\":42},\\"startedAt\\":1795867073602,\\"status\\":\\"success\\",\\"suspendPayload\\":{\\"reason\\":\\"need approval\\"},\\"suspendedAt\\":1795867073603,\\"resumePayload\\":{\\"approved\\":true},\\"resumedAt\\":1795867075268,\\"output\\":{\\"result\\":\\"approved=true doubled=42\\"},\\"endedAt\\":1795867075268}},\\"eventTimestamp\\":1795867075268,\\"runId\\":\\"fixture-run-1\\"}"\u001e"{\\"type\\":\\"watch\\",\\"payload\\":{\\"workflowState\\":{\\"status\\":\\"success\\",\\"steps\\":{\\"input\\":{\\"value\\":21},\\"step1\\":{\\"status\\":\\"success\\",\\"payload\\":{\\"value\\":21},\\"startedAt\\":1795867073449,\\"output\\":{\\"doubled\\":42},\\"endedAt\\":1795867073601},\\"step2\\":{\\"status\\":\\"success\\",\\"payload\\":{\\"doubled\\":42},\\"startedAt\\":1795867073602,\\"suspendPayload\\":{\\"reason\\":\\"need approval\\"},\\"suspendedAt\\":1795867073603,\\"resumePayload\\":{\\"approved\\":true},\\"resumedAt\\":1795867075268,\\"output\\":{\\"result\\":\\"approved=true doubled=42\\"},\\"endedAt\\":1795867075268}},\\"result\\":{\\"result\\":\\"approved=true doubled=42\\"},\\"error\\":null}},\\"eventTimestamp\\":1795867075269,\\"runId\\":\\"fixture-run-1\\"}"\u001e',
                  },
                  unknownRun: {
                    summary: "Unknown workflow or run (empty body)",
                    value: "",
                  },
                },
              },
            },
          },
          "400": {
            $ref: "#/components/responses/BadRequest",
          },
        },
      },
    },
    "/workflows/{workflowId}/stream": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "streamWorkflowRun",
        tags: ["workflows"],
        summary: "Start a run and stream its events",
        description:
          'Starts the run and streams its events as a chunked body of **single-encoded** records:\n`JSON.stringify(event) + "\\u001E"` per `StreamEvent`. The stream is not closed when the run\nsuspends. The server effectively needs `runId` (declared optional by Mastra\'s own\ndescription); every error, including a missing `runId` or an unknown workflow, answers 200\nwith an empty body, so this operation has no error responses. The reference captures record\nthe event types and their main fields but not every payload in full.\n',
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryOptional",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/StartRun",
        },
        responses: {
          "200": {
            description:
              "A stream of U+001E-terminated, single-encoded `StreamEvent`s (see the operation\ndescription). Empty on any error.\n",
            content: {
              "text/plain": {
                schema: {
                  $ref: "#/components/schemas/StreamBody",
                },
                examples: {
                  startAndFinish: {
                    summary:
                      "Start, one step, finish (event types and fields as captured; ids illustrative)",
                    value:
                      '{"type":"start","payload":{"runId":"7ed66aad-c03f-41bf-91a8-2302ecea2260"}}\u001e{"type":"step-start","payload":{"id":"step1","stepCallId":"0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","payload":{"value":5},"startedAt":1795866901999,"status":"running"}}\u001e{"type":"step-result","payload":{"id":"step1","stepCallId":"0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","status":"success","output":{"doubled":10},"endedAt":1795866902150}}\u001e{"type":"step-finish","payload":{"id":"step1","stepCallId":"0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","metadata":{}}}\u001e{"type":"finish","payload":{"runId":"7ed66aad-c03f-41bf-91a8-2302ecea2260"}}\u001e',
                  },
                  empty: {
                    summary: "Any error (empty body)",
                    value: "",
                  },
                },
              },
            },
          },
        },
      },
    },
    "/workflows/{workflowId}/runs/{runId}/cancel": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
        {
          $ref: "#/components/parameters/runIdPath",
        },
      ],
      post: {
        operationId: "cancelWorkflowRun",
        tags: ["workflows"],
        summary: "Cancel a run",
        description:
          "Cancels a run. Takes no request body. Also answers 200 for runs that have already finished.",
        responses: {
          "200": {
            description: "The run was cancelled.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  cancelled: {
                    summary: "Run cancelled",
                    value: {
                      message: "Workflow run cancelled",
                    },
                  },
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/runs/{runId}/send-event": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
        {
          $ref: "#/components/parameters/runIdPath",
        },
      ],
      post: {
        operationId: "sendWorkflowRunEvent",
        tags: ["workflows"],
        summary: "Send an event to a run",
        description: "Delivers an event to a run waiting for it (a `waitForEvent` step).",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/SendEventBody",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The event was sent.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  sent: {
                    summary: "Event sent",
                    value: {
                      message: "Workflow run event sent",
                    },
                  },
                },
              },
            },
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        description:
          'Only when the server configures `server.experimental_auth`; otherwise no authentication is\nrequired. Failures answer 401 `{"error":"Authentication required"}` or\n`{"error":"Invalid or expired token"}`, and 403 `{"error":"Access denied"}`.\n',
      },
      apiKeyQuery: {
        type: "apiKey",
        in: "query",
        name: "apiKey",
        description:
          "The same token as `bearerAuth`, passed as `?apiKey=` (only with `server.experimental_auth`).",
      },
    },
    parameters: {
      workflowId: {
        name: "workflowId",
        in: "path",
        required: true,
        description:
          "The key the workflow was registered under with `Mastra` (which can differ from the\nworkflow's own id).\n",
        schema: {
          type: "string",
        },
        example: "testWorkflow",
      },
      runIdPath: {
        name: "runId",
        in: "path",
        required: true,
        description: "The run's id.",
        schema: {
          type: "string",
        },
        example: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
      },
      runIdQueryRequired: {
        name: "runId",
        in: "query",
        required: true,
        description: "The run's id. The server answers 400 without it.",
        schema: {
          type: "string",
        },
        example: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
      },
      runIdQueryOptional: {
        name: "runId",
        in: "query",
        required: false,
        description: "The run's id. When absent the server generates one.",
        schema: {
          type: "string",
        },
        example: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
      },
    },
    requestBodies: {
      StartRun: {
        required: true,
        description:
          "Must be JSON (send `content-type: application/json`: `runtimeContext` is read only from\nbodies labelled JSON). An empty body answers 500.\n",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/StartRunBody",
            },
          },
        },
      },
      ResumeRun: {
        required: true,
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ResumeRunBody",
            },
          },
        },
      },
    },
    responses: {
      WorkflowResult: {
        description: "The run finished (success or failure), suspended, or was canceled.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/WorkflowResult",
            },
          },
        },
      },
      BadRequest: {
        description: "A required parameter or field is missing.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              runIdRequired: {
                summary: "Missing runId",
                value: {
                  error: "runId required to start run",
                },
              },
              stepRequired: {
                summary: "Missing step on resume",
                value: {
                  error: "step required to resume workflow",
                },
              },
            },
          },
        },
      },
      NotFound: {
        description:
          "The workflow or run does not exist. (Unknown *routes* answer `text/plain` `404 Not Found`\ninstead; old 0.10.x servers may report these cases as 500.)\n",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              workflowNotFound: {
                summary: "Unknown workflow",
                value: {
                  error: "Workflow not found",
                },
              },
              runNotFound: {
                summary: "Unknown run",
                value: {
                  error: "Workflow run not found",
                },
              },
            },
          },
        },
      },
      PayloadTooLarge: {
        description:
          "The body exceeds the server's body limit (default 4.5 MB, `server.bodySizeLimit`).",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              tooLarge: {
                summary: "Body too large",
                value: {
                  error: "Request body too large",
                },
              },
            },
          },
        },
      },
      InternalServerError: {
        description: "The server or the workflow engine failed.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              notSuspended: {
                summary: "Resume of a run that is not suspended",
                value: {
                  error: "This workflow run was not suspended",
                },
              },
              emptyBody: {
                summary: "start without a JSON body",
                value: {
                  error: "Unexpected end of JSON input",
                },
              },
            },
          },
        },
      },
      GatewayTimeout: {
        description: "The server's global timeout (default 3 minutes, `server.timeout`) elapsed.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              timeout: {
                summary: "Timed out",
                value: {
                  error: "Gateway Timeout",
                },
              },
            },
          },
        },
      },
    },
    schemas: {
      RunStatus: {
        type: "string",
        description:
          "A run's status. `pending` = created but not started (what `create-run` stores). Mastra 1.x\nadds `bailed`, `tripwire`, `paused` and `skipped`.\n",
        enum: ["running", "success", "failed", "suspended", "waiting", "pending", "canceled"],
        examples: ["suspended"],
      },
      StepStatus: {
        type: "string",
        description:
          "A step result's status. `canceled` appears when a run is aborted; a bailed step reports\n`success`.\n",
        enum: ["running", "success", "failed", "suspended", "waiting", "canceled"],
        examples: ["success"],
      },
      WorkflowResultStatus: {
        type: "string",
        description:
          "The status of a `start-async`/`resume-async` result; `canceled` if the run was aborted mid-run.",
        enum: ["success", "failed", "suspended", "canceled"],
        examples: ["success"],
      },
      RuntimeContext: {
        type: "object",
        description:
          "Values made available to steps as their runtime context, sent as a plain JSON object. Read\nby the server only from JSON-labelled request bodies.\n",
        additionalProperties: true,
        examples: [
          {
            userId: "user-123",
          },
        ],
      },
      StartRunBody: {
        type: "object",
        description: "Body of `start`, `start-async` and `stream`.",
        properties: {
          inputData: {
            description:
              "The run's input, usually an object matching the workflow's `inputSchema`. The server does\nnot validate it.\n",
          },
          runtimeContext: {
            $ref: "#/components/schemas/RuntimeContext",
          },
        },
        examples: [
          {
            inputData: {
              city: "New York",
            },
          },
          {
            inputData: {
              value: 5,
            },
            runtimeContext: {
              userId: "user-123",
            },
          },
        ],
      },
      ResumeRunBody: {
        type: "object",
        description: "Body of `resume` and `resume-async`.",
        required: ["step"],
        properties: {
          step: {
            description:
              "The suspended step to resume: its id, or its path as an array of ids for a step inside a\nnested workflow (`[parentStep, childStep]`).\n",
            oneOf: [
              {
                type: "string",
              },
              {
                type: "array",
                items: {
                  type: "string",
                },
                minItems: 1,
              },
            ],
          },
          resumeData: {
            description:
              "Data handed to the resumed step (checked against its `resumeSchema` by the step, if at all).",
          },
          runtimeContext: {
            $ref: "#/components/schemas/RuntimeContext",
          },
        },
        examples: [
          {
            step: "step2",
            resumeData: {
              approved: true,
            },
          },
          {
            step: ["nested-workflow", "step2"],
            resumeData: {
              key: "value",
            },
          },
        ],
      },
      SendEventBody: {
        type: "object",
        description: "Body of `send-event`.",
        required: ["event"],
        properties: {
          event: {
            type: "string",
            description: "The event name a `waitForEvent` step waits for.",
          },
          data: {
            description: "The event's data.",
          },
        },
        examples: [
          {
            event: "approval",
            data: {
              approved: true,
            },
          },
        ],
      },
      CreateRunResponse: {
        type: "object",
        required: ["runId"],
        properties: {
          runId: {
            type: "string",
            description: "The given `runId`, or a generated UUID.",
          },
        },
        examples: [
          {
            runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
          },
        ],
      },
      MessageResponse: {
        type: "object",
        required: ["message"],
        properties: {
          message: {
            type: "string",
          },
        },
        examples: [
          {
            message: "Workflow run started",
          },
          {
            message: "Workflow run resumed",
          },
          {
            message: "Workflow run cancelled",
          },
          {
            message: "Workflow run event sent",
          },
        ],
      },
      ErrorResponse: {
        type: "object",
        description:
          "The error body of every JSON error. Dev servers (`mastra dev`) add `stack` and sometimes `cause`.",
        required: ["error"],
        properties: {
          error: {
            type: "string",
          },
        },
        additionalProperties: true,
        examples: [
          {
            error: "Workflow not found",
          },
          {
            error: "runId required to watch workflow",
          },
        ],
      },
      WorkflowStepInfo: {
        type: "object",
        description:
          'A step of a workflow. Every `*Schema` is a string holding superjson-serialised JSON Schema\n(`{"json": <JSON Schema>}`), converted from the step\'s zod schema.\n',
        required: ["id"],
        properties: {
          id: {
            type: "string",
          },
          description: {
            type: "string",
          },
          inputSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the step's input.",
          },
          outputSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the step's output.",
          },
          resumeSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the data the step accepts on resume.",
          },
          suspendSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the step's suspend payload.",
          },
          isWorkflow: {
            type: "boolean",
            description: "Present in `allSteps` only; `true` when the step is a nested workflow.",
          },
        },
        examples: [
          {
            id: "step1",
            description: "Doubles the value",
            inputSchema:
              '{"json":{"type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
            outputSchema:
              '{"json":{"type":"object","properties":{"doubled":{"type":"number"}},"required":["doubled"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
          },
        ],
      },
      StepGraphEntry: {
        type: "object",
        description:
          'One entry of a workflow\'s serialized step graph. `type: "step"` entries carry `step`;\n`parallel` and `conditional` entries carry nested `steps`; other kinds (`loop`, `foreach`,\n`sleep`, `sleepUntil`, `waitForEvent`, …) carry further fields that the reference captures\ndo not detail, so additional properties are allowed.\n',
        required: ["type"],
        properties: {
          type: {
            type: "string",
            description:
              "The entry kind: `step`, `parallel`, `conditional`, `loop`, `foreach`, `sleep`, `sleepUntil`, `waitForEvent`, …",
          },
          step: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
              description: {
                type: "string",
              },
            },
            additionalProperties: true,
          },
          steps: {
            type: "array",
            items: {
              $ref: "#/components/schemas/StepGraphEntry",
            },
          },
        },
        additionalProperties: true,
        examples: [
          {
            type: "step",
            step: {
              id: "step1",
              description: "Doubles the value",
            },
          },
          {
            type: "parallel",
            steps: [
              {
                type: "step",
                step: {
                  id: "fetch-weather",
                },
              },
              {
                type: "step",
                step: {
                  id: "fetch-news",
                },
              },
            ],
          },
        ],
      },
      WorkflowInfo: {
        type: "object",
        description:
          "A workflow's description (`GET /workflows/{workflowId}` and the values of `GET /workflows`).\n`name` is the workflow's own id, which can differ from its registration key. The `*Schema`\nfields are strings holding superjson-serialised JSON Schema (`{\"json\": <JSON Schema>}`).\n",
        required: ["name", "steps", "allSteps", "stepGraph"],
        properties: {
          name: {
            type: "string",
            description: "The workflow's id.",
          },
          description: {
            type: "string",
          },
          steps: {
            type: "object",
            description: "The workflow's top-level steps, keyed by step id.",
            additionalProperties: {
              $ref: "#/components/schemas/WorkflowStepInfo",
            },
          },
          allSteps: {
            type: "object",
            description:
              "Every step including those of nested workflows, flattened with keys like\n`parent.child`; entries carry `isWorkflow`.\n",
            additionalProperties: {
              $ref: "#/components/schemas/WorkflowStepInfo",
            },
          },
          stepGraph: {
            type: "array",
            items: {
              $ref: "#/components/schemas/StepGraphEntry",
            },
          },
          inputSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the workflow's input.",
          },
          outputSchema: {
            type: "string",
            description: "Superjson-serialised JSON Schema of the workflow's output.",
          },
        },
        examples: [
          {
            name: "city-workflow",
            description: "Looks up a city",
            steps: {
              step1: {
                id: "step1",
                inputSchema:
                  '{"json":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
                outputSchema:
                  '{"json":{"type":"object","properties":{"summary":{"type":"string"}},"required":["summary"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
              },
            },
            allSteps: {
              step1: {
                id: "step1",
                isWorkflow: false,
                inputSchema:
                  '{"json":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
                outputSchema:
                  '{"json":{"type":"object","properties":{"summary":{"type":"string"}},"required":["summary"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
              },
            },
            stepGraph: [
              {
                type: "step",
                step: {
                  id: "step1",
                },
              },
            ],
            inputSchema:
              '{"json":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
            outputSchema:
              '{"json":{"type":"object","properties":{"summary":{"type":"string"}},"required":["summary"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}',
          },
        ],
      },
      WorkflowList: {
        type: "object",
        description:
          "Every registered workflow, keyed by the key it was registered under (not necessarily its `name`).",
        additionalProperties: {
          $ref: "#/components/schemas/WorkflowInfo",
        },
        examples: [
          {
            testWorkflow: {
              name: "city-workflow",
              steps: {
                step1: {
                  id: "step1",
                },
              },
              allSteps: {
                step1: {
                  id: "step1",
                  isWorkflow: false,
                },
              },
              stepGraph: [
                {
                  type: "step",
                  step: {
                    id: "step1",
                  },
                },
              ],
            },
          },
        ],
      },
      StepResult: {
        type: "object",
        description:
          "One step's result. Fields appear as the step progresses: `output` on success, `error` (a\nstack string) on failure, `suspendPayload`/`suspendedAt` on suspension,\n`resumePayload`/`resumedAt` after a resume. Times are epoch milliseconds. `payload` and\n`startedAt` are present in every capture but not required here, because `payload` is dropped\nfrom the JSON when the step's input is undefined.\n",
        required: ["status"],
        properties: {
          status: {
            $ref: "#/components/schemas/StepStatus",
          },
          payload: {
            description: "The step's input.",
          },
          output: {
            description: "The step's output (on success).",
          },
          error: {
            type: "string",
            description: "The error's stack (on failure).",
          },
          suspendPayload: {
            description: "What the step passed to `suspend()`.",
          },
          resumePayload: {
            description: "The `resumeData` the step was resumed with.",
          },
          startedAt: {
            type: "number",
            description: "Epoch milliseconds.",
          },
          endedAt: {
            type: "number",
            description: "Epoch milliseconds.",
          },
          suspendedAt: {
            type: "number",
            description: "Epoch milliseconds.",
          },
          resumedAt: {
            type: "number",
            description: "Epoch milliseconds.",
          },
        },
        examples: [
          {
            status: "success",
            payload: {
              value: 5,
            },
            startedAt: 1795866901999,
            output: {
              doubled: 10,
            },
            endedAt: 1795866902150,
          },
          {
            status: "suspended",
            payload: {
              doubled: 10,
            },
            startedAt: 1795866902150,
            suspendPayload: {
              reason: "need approval",
            },
            suspendedAt: 1795866902151,
          },
        ],
      },
      WorkflowSteps: {
        type: "object",
        description:
          "The steps map of a run. The `input` key holds the **raw run input** (any JSON value, not a\n`StepResult`); every other key is a step id (nested steps as `parent.child`) mapped to its\n`StepResult`.\n",
        properties: {
          input: {
            description: "The raw run input (not a step result).",
          },
        },
        additionalProperties: {
          $ref: "#/components/schemas/StepResult",
        },
        examples: [
          {
            input: {
              value: 5,
            },
            step1: {
              status: "success",
              payload: {
                value: 5,
              },
              startedAt: 1795866901999,
              output: {
                doubled: 10,
              },
              endedAt: 1795866902150,
            },
            step2: {
              status: "suspended",
              payload: {
                doubled: 10,
              },
              startedAt: 1795866902150,
              suspendPayload: {
                reason: "need approval",
              },
              suspendedAt: 1795866902151,
            },
          },
          {},
        ],
      },
      WorkflowResultSuccess: {
        type: "object",
        required: ["status", "steps"],
        properties: {
          status: {
            type: "string",
            const: "success",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          result: {
            description: "The workflow's output (absent when it is undefined).",
          },
        },
        examples: [
          {
            status: "success",
            steps: {
              input: {
                value: 5,
              },
              step1: {
                status: "success",
                payload: {
                  value: 5,
                },
                startedAt: 1795866901999,
                output: {
                  doubled: 10,
                },
                endedAt: 1795866902150,
              },
            },
            result: {
              doubled: 10,
            },
          },
        ],
      },
      WorkflowResultFailed: {
        type: "object",
        required: ["status", "steps", "error"],
        properties: {
          status: {
            type: "string",
            const: "failed",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          error: {
            type: "string",
            description: "The error's stack (a string, never an object).",
          },
        },
        examples: [
          {
            status: "failed",
            steps: {
              input: {},
              boom: {
                status: "failed",
                error:
                  "Error: kaboom\n    at DefaultExecutionEngine.executeStep (file:///app/node_modules/@mastra/core/dist/chunk-DQ3LHZOM.js:12546:54)",
                payload: {},
                startedAt: 1795867076597,
                endedAt: 1795867076600,
              },
            },
            error:
              "Error: kaboom\n    at DefaultExecutionEngine.executeStep (file:///app/node_modules/@mastra/core/dist/chunk-DQ3LHZOM.js:12546:54)",
          },
        ],
      },
      WorkflowResultSuspended: {
        type: "object",
        required: ["status", "steps", "suspended"],
        properties: {
          status: {
            type: "string",
            const: "suspended",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          suspended: {
            type: "array",
            description:
              "The suspended steps, each as a path of step ids (`[parentStep, childStep]` when nested).",
            items: {
              type: "array",
              items: {
                type: "string",
              },
            },
          },
        },
        examples: [
          {
            status: "suspended",
            steps: {
              input: {
                value: 5,
              },
              step1: {
                payload: {
                  value: 5,
                },
                startedAt: 1795866901999,
                status: "success",
                output: {
                  doubled: 10,
                },
                endedAt: 1795866902150,
              },
              step2: {
                payload: {
                  doubled: 10,
                },
                startedAt: 1795866902150,
                status: "suspended",
                suspendPayload: {
                  reason: "need approval",
                },
                suspendedAt: 1795866902151,
              },
            },
            suspended: [["step2"]],
          },
        ],
      },
      WorkflowResultCanceled: {
        type: "object",
        description: "A run aborted mid-run. Its other fields are not captured in the reference.",
        required: ["status", "steps"],
        properties: {
          status: {
            type: "string",
            const: "canceled",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
        },
        examples: [
          {
            status: "canceled",
            steps: {
              input: {
                value: 5,
              },
            },
          },
        ],
      },
      WorkflowResult: {
        description:
          "The answer of `start-async` and `resume-async`: the run succeeded, failed, suspended, or was\ncanceled. Discriminated on `status`.\n",
        oneOf: [
          {
            $ref: "#/components/schemas/WorkflowResultSuccess",
          },
          {
            $ref: "#/components/schemas/WorkflowResultFailed",
          },
          {
            $ref: "#/components/schemas/WorkflowResultSuspended",
          },
          {
            $ref: "#/components/schemas/WorkflowResultCanceled",
          },
        ],
        discriminator: {
          propertyName: "status",
          mapping: {
            success: "#/components/schemas/WorkflowResultSuccess",
            failed: "#/components/schemas/WorkflowResultFailed",
            suspended: "#/components/schemas/WorkflowResultSuspended",
            canceled: "#/components/schemas/WorkflowResultCanceled",
          },
        },
        examples: [
          {
            status: "success",
            steps: {
              input: {
                value: 5,
              },
            },
            result: {
              doubled: 10,
            },
          },
          {
            status: "suspended",
            steps: {
              input: {
                value: 5,
              },
              step2: {
                payload: {
                  doubled: 10,
                },
                startedAt: 1795866902150,
                status: "suspended",
                suspendPayload: {
                  reason: "need approval",
                },
                suspendedAt: 1795866902151,
              },
            },
            suspended: [["step2"]],
          },
        ],
      },
      ExecutionResult: {
        type: "object",
        description:
          'A stored run\'s current state (`execution-result`). `payload` is the run input; `result`\nappears on success and `error` (a stack string) on failure. A freshly created run is\n`{"status":"pending","steps":{}}`.\n',
        required: ["status", "steps"],
        properties: {
          status: {
            $ref: "#/components/schemas/RunStatus",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          payload: {
            description: "The run's input.",
          },
          result: {
            description: "The workflow's output (on success).",
          },
          error: {
            type: "string",
            description: "The error's stack (on failure).",
          },
        },
        examples: [
          {
            status: "success",
            result: {
              result: "approved=true doubled=42",
            },
            payload: {
              value: 21,
            },
            steps: {
              input: {
                value: 21,
              },
              step1: {
                status: "success",
                payload: {
                  value: 21,
                },
                startedAt: 1795867073449,
                output: {
                  doubled: 42,
                },
                endedAt: 1795867073601,
              },
              step2: {
                status: "success",
                payload: {
                  doubled: 42,
                },
                suspendPayload: {
                  reason: "need approval",
                },
                suspendedAt: 1795867073603,
                resumePayload: {
                  approved: true,
                },
                resumedAt: 1795867075268,
                output: {
                  result: "approved=true doubled=42",
                },
                startedAt: 1795867073602,
                endedAt: 1795867075268,
              },
            },
          },
          {
            status: "pending",
            steps: {},
          },
        ],
      },
      WorkflowRunSnapshot: {
        type: "object",
        description:
          "The engine's stored snapshot of a run. `context` holds `input` and the step results by step\nid; `suspendedPaths` maps a suspended step id to its position in the step graph. Stores may\nadd fields (e.g. `waitingPaths`), so additional properties are allowed.\n",
        required: ["runId", "status", "context"],
        properties: {
          runId: {
            type: "string",
          },
          status: {
            $ref: "#/components/schemas/RunStatus",
          },
          value: {
            type: "object",
            additionalProperties: true,
          },
          context: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          activePaths: {
            type: "array",
            items: {
              type: "number",
            },
          },
          serializedStepGraph: {
            type: "array",
            items: {
              $ref: "#/components/schemas/StepGraphEntry",
            },
          },
          suspendedPaths: {
            type: "object",
            additionalProperties: {
              type: "array",
              items: {
                type: "number",
              },
            },
          },
          runtimeContext: {
            type: "object",
            additionalProperties: true,
          },
          result: {
            description: "The workflow's output, once it succeeded.",
          },
          error: {
            description:
              "The failure, once it failed (the reference does not capture its stored form).",
          },
          timestamp: {
            type: "number",
            description: "Epoch milliseconds of the last write.",
          },
        },
        additionalProperties: true,
        examples: [
          {
            runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
            status: "suspended",
            value: {},
            context: {
              input: {
                value: 5,
              },
              step1: {
                payload: {
                  value: 5,
                },
                startedAt: 1795866901999,
                status: "success",
                output: {
                  doubled: 10,
                },
                endedAt: 1795866902150,
              },
              step2: {
                payload: {
                  doubled: 10,
                },
                startedAt: 1795866902150,
                status: "suspended",
                suspendPayload: {
                  reason: "need approval",
                },
                suspendedAt: 1795866902151,
              },
            },
            activePaths: [],
            serializedStepGraph: [
              {
                type: "step",
                step: {
                  id: "step1",
                },
              },
              {
                type: "step",
                step: {
                  id: "step2",
                },
              },
            ],
            suspendedPaths: {
              step2: [1],
            },
            runtimeContext: {},
            timestamp: 1795866902152,
          },
        ],
      },
      WorkflowRun: {
        type: "object",
        description:
          "A stored run (`runs` items and `runs/{runId}`). `snapshot` is a string when the storage could\nnot parse it. The in-memory store also leaks `workflow_name`, `run_id` and `id`, so additional\nproperties are allowed.\n",
        required: ["workflowName", "runId", "snapshot", "createdAt", "updatedAt"],
        properties: {
          workflowName: {
            type: "string",
          },
          runId: {
            type: "string",
          },
          snapshot: {
            oneOf: [
              {
                $ref: "#/components/schemas/WorkflowRunSnapshot",
              },
              {
                type: "string",
                description: "The raw snapshot, when the storage could not parse it.",
              },
            ],
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          updatedAt: {
            type: "string",
            format: "date-time",
          },
          resourceId: {
            type: "string",
          },
        },
        additionalProperties: true,
        examples: [
          {
            workflowName: "city-workflow",
            runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
            snapshot: {
              runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
              status: "pending",
              value: {},
              context: {},
              activePaths: [],
              serializedStepGraph: [
                {
                  type: "step",
                  step: {
                    id: "step1",
                  },
                },
              ],
              suspendedPaths: {},
              runtimeContext: {},
              timestamp: 1795866901990,
            },
            createdAt: "2026-11-28T11:55:01.990Z",
            updatedAt: "2026-11-28T11:55:01.990Z",
          },
        ],
      },
      WorkflowRuns: {
        type: "object",
        required: ["runs", "total"],
        properties: {
          runs: {
            type: "array",
            items: {
              $ref: "#/components/schemas/WorkflowRun",
            },
          },
          total: {
            type: "integer",
            minimum: 0,
            description: "The number of matching runs, regardless of `limit`/`offset`.",
          },
        },
        examples: [
          {
            runs: [],
            total: 0,
          },
        ],
      },
      WorkflowState: {
        type: "object",
        description:
          "A run's accumulated state inside a watch record. `result` is `null` until the run succeeds;\n`error` is `null` or the failure's stack string.\n",
        required: ["status", "steps", "result", "error"],
        properties: {
          status: {
            $ref: "#/components/schemas/RunStatus",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          result: {
            description: "The workflow's output once it succeeded, else `null`.",
          },
          error: {
            type: ["string", "null"],
            description: "The failure's stack once it failed, else `null`.",
          },
        },
        examples: [
          {
            status: "suspended",
            steps: {
              input: {
                value: 21,
              },
              step1: {
                status: "success",
                payload: {
                  value: 21,
                },
                startedAt: 1795867073449,
                output: {
                  doubled: 42,
                },
                endedAt: 1795867073601,
              },
              step2: {
                status: "suspended",
                payload: {
                  doubled: 42,
                },
                startedAt: 1795867073602,
                suspendPayload: {
                  reason: "need approval",
                },
                suspendedAt: 1795867073603,
              },
            },
            result: null,
            error: null,
          },
        ],
      },
      WatchCurrentStep: {
        description:
          "The step whose event produced a watch record (a `StepResult` plus the step's `id`).",
        allOf: [
          {
            $ref: "#/components/schemas/StepResult",
          },
          {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
            },
          },
        ],
        examples: [
          {
            id: "step1",
            status: "running",
            payload: {
              value: 21,
            },
            startedAt: 1795867073449,
          },
        ],
      },
      WatchPayload: {
        type: "object",
        required: ["workflowState"],
        properties: {
          currentStep: {
            $ref: "#/components/schemas/WatchCurrentStep",
          },
          workflowState: {
            $ref: "#/components/schemas/WorkflowState",
          },
        },
        examples: [
          {
            currentStep: {
              id: "step1",
              status: "running",
              payload: {
                value: 21,
              },
              startedAt: 1795867073449,
            },
            workflowState: {
              status: "running",
              steps: {
                input: {
                  value: 21,
                },
                step1: {
                  status: "running",
                  payload: {
                    value: 21,
                  },
                  startedAt: 1795867073449,
                },
              },
              result: null,
              error: null,
            },
          },
        ],
      },
      WatchRecord: {
        type: "object",
        description:
          "One record of the watch stream, after decoding (see `watchWorkflowRun` for the framing).\n`eventTimestamp` is an epoch-ms number on the wire (core types it as `Date`, but it is never\nconverted). `payload.currentStep` is absent on the final record.\n",
        required: ["type", "payload", "eventTimestamp", "runId"],
        properties: {
          type: {
            type: "string",
            const: "watch",
          },
          payload: {
            $ref: "#/components/schemas/WatchPayload",
          },
          eventTimestamp: {
            type: "number",
            description: "Epoch milliseconds.",
          },
          runId: {
            type: "string",
          },
        },
        examples: [
          {
            type: "watch",
            payload: {
              currentStep: {
                id: "step1",
                status: "running",
                payload: {
                  value: 21,
                },
                startedAt: 1795867073449,
              },
              workflowState: {
                status: "running",
                steps: {
                  input: {
                    value: 21,
                  },
                  step1: {
                    status: "running",
                    payload: {
                      value: 21,
                    },
                    startedAt: 1795867073449,
                  },
                },
                result: null,
                error: null,
              },
            },
            eventTimestamp: 1795867073449,
            runId: "fixture-run-1",
          },
          {
            type: "watch",
            payload: {
              workflowState: {
                status: "suspended",
                steps: {
                  input: {
                    value: 21,
                  },
                  step1: {
                    status: "success",
                    payload: {
                      value: 21,
                    },
                    startedAt: 1795867073449,
                    output: {
                      doubled: 42,
                    },
                    endedAt: 1795867073601,
                  },
                  step2: {
                    status: "suspended",
                    payload: {
                      doubled: 42,
                    },
                    startedAt: 1795867073602,
                    suspendPayload: {
                      reason: "need approval",
                    },
                    suspendedAt: 1795867073603,
                  },
                },
                result: null,
                error: null,
              },
            },
            eventTimestamp: 1795867073603,
            runId: "fixture-run-1",
          },
        ],
      },
      WatchBody: {
        type: "string",
        description:
          "The raw watch body: `WatchRecord`s, each encoded as `JSON.stringify(JSON.stringify(record))`\nand terminated by U+001E. `x-record-schema` names the decoded record's schema.\n",
        "x-record-schema": {
          $ref: "#/components/schemas/WatchRecord",
        },
        "x-record-separator": "\u001e",
        "x-record-encoding": "double-json",
      },
      StreamStartEvent: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "start",
          },
          payload: {
            type: "object",
            required: ["runId"],
            properties: {
              runId: {
                type: "string",
              },
            },
          },
        },
        examples: [
          {
            type: "start",
            payload: {
              runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
            },
          },
        ],
      },
      StreamStepStartEvent: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "step-start",
          },
          payload: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
              stepCallId: {
                type: "string",
              },
              payload: {
                description: "The step's input.",
              },
              startedAt: {
                type: "number",
                description: "Epoch milliseconds.",
              },
              status: {
                $ref: "#/components/schemas/StepStatus",
              },
            },
            additionalProperties: true,
          },
        },
        examples: [
          {
            type: "step-start",
            payload: {
              id: "step1",
              stepCallId: "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
              payload: {
                value: 5,
              },
              startedAt: 1795866901999,
              status: "running",
            },
          },
        ],
      },
      StreamStepResultEvent: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "step-result",
          },
          payload: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
              stepCallId: {
                type: "string",
              },
              status: {
                $ref: "#/components/schemas/StepStatus",
              },
              output: {
                description: "The step's output (on success).",
              },
              error: {
                type: "string",
                description: "The error's stack (on failure).",
              },
              endedAt: {
                type: "number",
                description: "Epoch milliseconds.",
              },
            },
            additionalProperties: true,
          },
        },
        examples: [
          {
            type: "step-result",
            payload: {
              id: "step1",
              stepCallId: "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
              status: "success",
              output: {
                doubled: 10,
              },
              endedAt: 1795866902150,
            },
          },
        ],
      },
      StreamStepSuspendedEvent: {
        type: "object",
        description:
          "A step suspended. The reference does not capture this payload in full; it names the step by `id`.",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "step-suspended",
          },
          payload: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
            },
            additionalProperties: true,
          },
        },
        examples: [
          {
            type: "step-suspended",
            payload: {
              id: "step2",
            },
          },
        ],
      },
      StreamStepWaitingEvent: {
        type: "object",
        description:
          "A step is waiting. The reference does not capture this payload in full; it names the step by `id`.",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "step-waiting",
          },
          payload: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
            },
            additionalProperties: true,
          },
        },
        examples: [
          {
            type: "step-waiting",
            payload: {
              id: "step2",
            },
          },
        ],
      },
      StreamStepFinishEvent: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "step-finish",
          },
          payload: {
            type: "object",
            required: ["id"],
            properties: {
              id: {
                type: "string",
              },
              stepCallId: {
                type: "string",
              },
              metadata: {
                type: "object",
                additionalProperties: true,
              },
            },
            additionalProperties: true,
          },
        },
        examples: [
          {
            type: "step-finish",
            payload: {
              id: "step1",
              stepCallId: "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
              metadata: {},
            },
          },
        ],
      },
      StreamFinishEvent: {
        type: "object",
        required: ["type", "payload"],
        properties: {
          type: {
            type: "string",
            const: "finish",
          },
          payload: {
            type: "object",
            required: ["runId"],
            properties: {
              runId: {
                type: "string",
              },
            },
          },
        },
        examples: [
          {
            type: "finish",
            payload: {
              runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
            },
          },
        ],
      },
      StreamEvent: {
        description: "One event of the `/stream` body (single-encoded), discriminated on `type`.",
        oneOf: [
          {
            $ref: "#/components/schemas/StreamStartEvent",
          },
          {
            $ref: "#/components/schemas/StreamStepStartEvent",
          },
          {
            $ref: "#/components/schemas/StreamStepResultEvent",
          },
          {
            $ref: "#/components/schemas/StreamStepSuspendedEvent",
          },
          {
            $ref: "#/components/schemas/StreamStepWaitingEvent",
          },
          {
            $ref: "#/components/schemas/StreamStepFinishEvent",
          },
          {
            $ref: "#/components/schemas/StreamFinishEvent",
          },
        ],
        discriminator: {
          propertyName: "type",
          mapping: {
            start: "#/components/schemas/StreamStartEvent",
            "step-start": "#/components/schemas/StreamStepStartEvent",
            "step-result": "#/components/schemas/StreamStepResultEvent",
            "step-suspended": "#/components/schemas/StreamStepSuspendedEvent",
            "step-waiting": "#/components/schemas/StreamStepWaitingEvent",
            "step-finish": "#/components/schemas/StreamStepFinishEvent",
            finish: "#/components/schemas/StreamFinishEvent",
          },
        },
        examples: [
          {
            type: "start",
            payload: {
              runId: "7ed66aad-c03f-41bf-91a8-2302ecea2260",
            },
          },
          {
            type: "step-finish",
            payload: {
              id: "step1",
              stepCallId: "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
              metadata: {},
            },
          },
        ],
      },
      StreamBody: {
        type: "string",
        description:
          "The raw `/stream` body: `StreamEvent`s, each encoded once as `JSON.stringify(event)` and\nterminated by U+001E. `x-record-schema` names the decoded record's schema.\n",
        "x-record-schema": {
          $ref: "#/components/schemas/StreamEvent",
        },
        "x-record-separator": "\u001e",
        "x-record-encoding": "json",
      },
    },
  },
} as const;
