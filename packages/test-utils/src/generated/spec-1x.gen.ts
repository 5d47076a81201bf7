/**
 * Generated from openapi/workflows-1.x.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
/** The OpenAPI document, for validating requests and responses at runtime. */
export const spec1x = {
  openapi: "3.1.0",
  info: {
    title: "Mastra Workflows API (1.x)",
    version: "1.69.0",
    summary: "The `/api/workflows` endpoints of Mastra 1.x, as the wire actually behaves.",
    description:
      'The workflow endpoints of a Mastra 1.x server (`@mastra/core` 1.71.0, `@mastra/server` and\n`@mastra/deployer` 1.69.0 served by `createNodeServer`), described from live answers of the real\nserver in `harness/mastra-1.x` and the captures in `harness/mastra-1.x/test/fixtures/`. See\n`harness/mastra-1.x/WIRE-NOTES.md` for every observation. The 0.10–0.24 wire is the other document,\n`openapi/workflows.yaml`. The spec describes the wire, quirks included:\n\n- JSON errors are `{"error": "<message>"}`. Request validation errors (query or body) add\n  `issues`, one `{field, message}` per problem: `{"error":"Invalid query parameters","issues":[…]}`.\n- A route that does not exist answers `404` with the `text/plain` body `404 Not Found`. The 0.x\n  routes `GET /watch`, `GET runs/{runId}/execution-result` and `POST runs/{runId}/send-event` are\n  gone and answer that way.\n- Every route resolves the workflow by its registration key first, then by the workflow\'s own id.\n- Workflow input and resume data are validated against the workflow\'s schemas (`400` on the\n  waiting routes; on fire-and-forget and streaming routes the failure is only logged or streamed).\n- Times inside results and records are epoch-millisecond numbers; `createdAt`/`updatedAt` of stored\n  runs are ISO date-time strings.\n- Errors inside results and records are objects (`{message, name}` and sometimes `domain`,\n  `category`, `code`, `details`, `cause`), never stack strings.\n- Streams (`stream`, `resume-stream`, `observe`, `time-travel-stream`) are `text/plain` chunked\n  bodies of **single-encoded** records: `JSON.stringify(event) + "\\u001E"` per `StreamEvent`, the\n  last one included.\n- CORS is open by default (`Access-Control-Allow-Origin: *`).\n\nNot described here: `stream-legacy`, `observe-stream-legacy`, `restart-all-active-workflow-runs*`,\n`runs/{runId}/steps/execute` and `POST /workflows/events`, which wfkit does not use.\n',
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
  ],
  paths: {
    "/workflows": {
      get: {
        operationId: "listWorkflows",
        tags: ["workflows"],
        summary: "List registered workflows",
        description:
          "Returns every registered workflow, keyed by the key it was registered under with `Mastra`\n(`name` is the workflow's own id). With `partial=true` the steps are left out (`steps` and\n`allSteps` are `{}`, `stepCount` is added, no schemas).\n",
        parameters: [
          {
            name: "partial",
            in: "query",
            required: false,
            description: "Leave out steps and schemas.",
            schema: {
              type: "string",
              enum: ["true", "false"],
            },
            example: "true",
          },
        ],
        responses: {
          "200": {
            description: "The workflows, keyed by registration key.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowList",
                },
                examples: {
                  partial: {
                    summary: "`?partial=true` (captured)",
                    value: {
                      testWorkflow: {
                        name: "city-workflow",
                        description: "Plans a trip to a city after a human approves it",
                        stepCount: 3,
                        stepGraph: [
                          {
                            type: "step",
                            step: {
                              id: "validate-city",
                              description: "Checks the city exists and normalizes its name",
                              canSuspend: false,
                            },
                          },
                          {
                            type: "step",
                            step: {
                              id: "approval",
                              description: "Waits for a human to approve the trip",
                              canSuspend: true,
                            },
                          },
                          {
                            type: "step",
                            step: {
                              id: "finalize",
                              description: "Writes the trip summary",
                              canSuspend: false,
                            },
                          },
                        ],
                        options: {
                          validateInputs: true,
                          emitStepEvents: true,
                        },
                        steps: {},
                        allSteps: {},
                        origin: "code",
                      },
                      failingWorkflow: {
                        name: "failing-workflow",
                        description: "Fails in its second step",
                        stepCount: 2,
                        stepGraph: [
                          {
                            type: "step",
                            step: {
                              id: "prepare",
                              description: "Always succeeds",
                              canSuspend: false,
                            },
                          },
                          {
                            type: "step",
                            step: {
                              id: "boom",
                              description: "Always throws",
                              canSuspend: false,
                            },
                          },
                        ],
                        options: {
                          validateInputs: true,
                          emitStepEvents: true,
                        },
                        steps: {},
                        allSteps: {},
                        origin: "code",
                      },
                      pipelineWorkflow: {
                        name: "pipeline-workflow",
                        description: "Doubles a value, sleeps, then adds one",
                        stepCount: 3,
                        stepGraph: [
                          {
                            type: "step",
                            step: {
                              id: "double",
                              description: "Doubles the value",
                              canSuspend: false,
                            },
                          },
                          {
                            type: "sleep",
                            id: "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
                            duration: 50,
                          },
                          {
                            type: "step",
                            step: {
                              id: "add-one",
                              description: "Adds one to the value",
                              canSuspend: false,
                            },
                          },
                        ],
                        options: {
                          validateInputs: true,
                          emitStepEvents: true,
                        },
                        steps: {},
                        allSteps: {},
                        origin: "code",
                      },
                    },
                  },
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
    "/workflows/run-counts": {
      get: {
        operationId: "getWorkflowRunCounts",
        tags: ["workflows"],
        summary: "Count running and suspended runs per workflow",
        description:
          "New in 1.x (a 0.x server takes `run-counts` for a workflow key and answers `404 Workflow not\nfound`), which makes it the recommended probe for telling the generations apart.\n",
        responses: {
          "200": {
            description: "The counts, keyed by registration key.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/RunCounts",
                },
                examples: {
                  counts: {
                    summary: "Captured",
                    value: {
                      testWorkflow: {
                        running: 0,
                        suspended: 3,
                      },
                      failingWorkflow: {
                        running: 0,
                        suspended: 0,
                      },
                      pipelineWorkflow: {
                        running: 0,
                        suspended: 0,
                      },
                    },
                  },
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
                examples: {
                  pipeline: {
                    summary: "A workflow with a sleep (captured)",
                    value: {
                      name: "pipeline-workflow",
                      description: "Doubles a value, sleeps, then adds one",
                      origin: "code",
                      steps: {
                        double: {
                          id: "double",
                          description: "Doubles the value",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                        },
                        "sleep_19927006-2a7d-4ebc-8d82-91356d206be4": {
                          id: "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{},"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{},"additionalProperties":false}}',
                        },
                        "add-one": {
                          id: "add-one",
                          description: "Adds one to the value",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                        },
                      },
                      allSteps: {
                        double: {
                          id: "double",
                          description: "Doubles the value",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          isWorkflow: false,
                        },
                        "sleep_19927006-2a7d-4ebc-8d82-91356d206be4": {
                          id: "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{},"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{},"additionalProperties":false}}',
                          isWorkflow: false,
                        },
                        "add-one": {
                          id: "add-one",
                          description: "Adds one to the value",
                          inputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          outputSchema:
                            '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                          isWorkflow: false,
                        },
                      },
                      stepGraph: [
                        {
                          type: "step",
                          step: {
                            id: "double",
                            description: "Doubles the value",
                            canSuspend: false,
                          },
                        },
                        {
                          type: "sleep",
                          id: "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
                          duration: 50,
                        },
                        {
                          type: "step",
                          step: {
                            id: "add-one",
                            description: "Adds one to the value",
                            canSuspend: false,
                          },
                        },
                      ],
                      inputSchema:
                        '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                      outputSchema:
                        '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"value":{"type":"number"}},"required":["value"],"additionalProperties":false}}',
                      options: {
                        validateInputs: true,
                        emitStepEvents: true,
                      },
                      isProcessorWorkflow: false,
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
          "Creates a run and stores a `pending` snapshot. Repeating it with the same `runId` answers the\nsame id and does not reset a finished run. A `runId` in the body is ignored. Invalid JSON with\n`content-type: application/json` answers `400 Invalid request body`; without that header the\nbody is ignored.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryOptional",
          },
        ],
        requestBody: {
          required: false,
          content: {
            "application/json": {
              schema: {
                $ref: "#/components/schemas/CreateRunBody",
              },
            },
          },
        },
        responses: {
          "200": {
            description: "The run's id.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/CreateRunResponse",
                },
                examples: {
                  created: {
                    summary: "Generated id (captured)",
                    value: {
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
                    },
                  },
                  given: {
                    summary: "`?runId=my-run-1`",
                    value: {
                      runId: "my-run-1",
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
    "/workflows/{workflowId}/start": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "startWorkflowRun",
        tags: ["workflows"],
        summary: "Start a created run without waiting",
        description:
          "Starts a run created with `create-run` and answers at once. ⚠ Invalid or missing `inputData`\nis accepted (`200`): the error is only logged and the run stays `pending`. Starting a finished\nor suspended run again re-runs it with the new input.\n",
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
                    summary: "Started",
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
        summary: "Start a run and wait for it to stop",
        description:
          'Starts a run (creating it when `runId` is absent or unknown) and answers when it finishes,\nfails, suspends or pauses. A failed run answers `200` with `status: "failed"`. Invalid input,\n`{}` or no body answer `400 Invalid input data: …`.\n',
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
            description: "The run's result.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowResult",
                },
                examples: {
                  suspended: {
                    summary: "Suspended at `approval` (captured)",
                    value: {
                      status: "suspended",
                      steps: {
                        input: {
                          city: "Paris",
                        },
                        "validate-city": {
                          startedAt: 1796087487289,
                          status: "success",
                          output: {
                            city: "Paris",
                            normalized: "PARIS",
                          },
                          endedAt: 1796087487289,
                        },
                        approval: {
                          startedAt: 1796087487290,
                          status: "suspended",
                          suspendPayload: {
                            message: "Approve trip to Paris?",
                            city: "Paris",
                          },
                          suspendedAt: 1796087487290,
                        },
                      },
                      input: {
                        city: "Paris",
                      },
                      stepExecutionPath: ["validate-city", "approval"],
                      suspended: [["approval"]],
                      suspendPayload: {
                        approval: {
                          message: "Approve trip to Paris?",
                          city: "Paris",
                        },
                      },
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
                    },
                  },
                  success: {
                    summary: "Finished (captured)",
                    value: {
                      status: "success",
                      steps: {
                        input: {
                          city: "AUTO",
                        },
                        "validate-city": {
                          startedAt: 1796087487327,
                          status: "success",
                          output: {
                            city: "AUTO",
                            normalized: "AUTO",
                          },
                          endedAt: 1796087487328,
                        },
                        approval: {
                          startedAt: 1796087487328,
                          status: "success",
                          output: {
                            city: "AUTO",
                            approved: true,
                          },
                          endedAt: 1796087487329,
                        },
                        finalize: {
                          startedAt: 1796087487329,
                          status: "success",
                          output: {
                            summary: "AUTO: approved",
                            approved: true,
                          },
                          endedAt: 1796087487329,
                        },
                      },
                      input: {
                        city: "AUTO",
                      },
                      stepExecutionPath: ["validate-city", "approval", "finalize"],
                      result: {
                        summary: "AUTO: approved",
                        approved: true,
                      },
                      runId: "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd",
                    },
                  },
                  failed: {
                    summary: "A step failed (captured)",
                    value: {
                      status: "failed",
                      steps: {
                        input: {
                          city: "FAIL",
                        },
                        "validate-city": {
                          startedAt: 1796087487319,
                          status: "failed",
                          error: {
                            message: "City not found: FAIL",
                            name: "Error",
                          },
                          endedAt: 1796087487320,
                        },
                      },
                      input: {
                        city: "FAIL",
                      },
                      stepExecutionPath: ["validate-city"],
                      error: {
                        message: "City not found: FAIL",
                        name: "Error",
                      },
                      runId: "00f911a7-1436-4bd7-960f-8da83c315c2f",
                    },
                  },
                  sleep: {
                    summary: "A workflow with a sleep step (captured)",
                    value: {
                      status: "success",
                      steps: {
                        input: {
                          value: 3,
                        },
                        double: {
                          startedAt: 1796087487375,
                          status: "success",
                          output: {
                            value: 6,
                          },
                          endedAt: 1796087487375,
                        },
                        "sleep_19927006-2a7d-4ebc-8d82-91356d206be4": {
                          startedAt: 1796087487375,
                          endedAt: 1796087487426,
                          status: "success",
                          output: {
                            value: 6,
                          },
                        },
                        "add-one": {
                          startedAt: 1796087487426,
                          status: "success",
                          output: {
                            value: 7,
                          },
                          endedAt: 1796087487427,
                        },
                      },
                      input: {
                        value: 3,
                      },
                      stepExecutionPath: [
                        "double",
                        "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
                        "add-one",
                      ],
                      result: {
                        value: 7,
                      },
                      runId: "1631116c-97fe-4094-b685-d8923c0d1622",
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
          "413": {
            $ref: "#/components/responses/PayloadTooLarge",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
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
        summary: "Resume a suspended run without waiting",
        description:
          "Answers `200` for any existing run; failures (wrong step, bad `resumeData`, a run that is not\nsuspended) are only logged, and the run keeps its status.\n",
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
            description: "The resume was started.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  resumed: {
                    summary: "Resumed",
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
        summary: "Resume a suspended run and wait for it to stop",
        description:
          "`step` is optional when one step is suspended. A finished or canceled run answers\n`500 This workflow run was not suspended` (a `pending` run does too, after about 2 s); a wrong\nstep answers `500` naming the suspended steps; bad or missing `resumeData` answers\n`400 Invalid resume data: …`.\n",
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
            description: "The run's result.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowResult",
                },
                examples: {
                  success: {
                    summary: "Resumed to success (captured)",
                    value: {
                      status: "success",
                      steps: {
                        input: {
                          city: "Paris",
                        },
                        "validate-city": {
                          startedAt: 1796087487289,
                          status: "success",
                          output: {
                            city: "Paris",
                            normalized: "PARIS",
                          },
                          endedAt: 1796087487289,
                        },
                        approval: {
                          startedAt: 1796087487290,
                          status: "success",
                          resumePayload: {
                            approved: true,
                            approver: "ana",
                          },
                          resumedAt: 1796087487306,
                          output: {
                            city: "Paris",
                            approved: true,
                            approver: "ana",
                          },
                          endedAt: 1796087487306,
                        },
                        finalize: {
                          startedAt: 1796087487306,
                          status: "success",
                          output: {
                            summary: "Paris: approved by ana",
                            approved: true,
                          },
                          endedAt: 1796087487306,
                        },
                      },
                      input: {
                        city: "Paris",
                      },
                      stepExecutionPath: ["validate-city", "approval", "finalize"],
                      result: {
                        summary: "Paris: approved by ana",
                        approved: true,
                      },
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
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
    "/workflows/{workflowId}/resume-no-wait": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "resumeWorkflowRunNoWait",
        tags: ["workflows"],
        summary: "Resume a suspended run and answer with its id at once",
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
            description: "The resume was started.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/RunIdResponse",
                },
                examples: {
                  resumed: {
                    summary: "Captured",
                    value: {
                      runId: "p-rnw",
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
          'Starts the run (it need not be created first) and streams its events as a chunked\n`text/plain` body of single-encoded `StreamEvent` records, each terminated by U+001E. The\nstream closes when the run finishes, and when it suspends unless `closeOnSuspend` is `false`;\nit does not close at a sleep. The records are cached for `observe`.\n\nFailures after the response started (invalid input, for example) arrive as `workflow-start`\nthen `workflow-finish` with `workflowStatus: "failed"` and `metadata.error`. Streaming a\nfinished run answers `409`; streaming a suspended run answers `200` with only `workflow-start`.\n',
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/StreamRun",
        },
        responses: {
          "200": {
            $ref: "#/components/responses/Stream",
          },
          "400": {
            $ref: "#/components/responses/BadRequest",
          },
          "404": {
            $ref: "#/components/responses/NotFound",
          },
          "409": {
            $ref: "#/components/responses/Conflict",
          },
          "500": {
            $ref: "#/components/responses/InternalServerError",
          },
        },
      },
    },
    "/workflows/{workflowId}/resume-stream": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "resumeStreamWorkflowRun",
        tags: ["workflows"],
        summary: "Resume a suspended run and stream its events",
        description:
          'Same framing as `stream`. Resuming a finished run answers `200` with `workflow-start` and a\n`failed` `workflow-finish` (`metadata.errorMessage: "This workflow run was not suspended"`),\nnot `409`; a wrong step or bad `resumeData` arrive the same way. An unknown run answers `404`.\n',
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
            description:
              "The resumed run's events (U+001E-terminated, single-encoded `StreamEvent`s).",
            content: {
              "text/plain": {
                schema: {
                  $ref: "#/components/schemas/StreamBody",
                },
                examples: {
                  resumeUntilSuccess: {
                    summary:
                      "Resume `approval` to success (captured, `resume-stream-city-until-success.bin`)",
                    value:
                      '{"type":"workflow-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"e2daf239-c9f3-4128-ab8b-a537c94c82b8","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"running","resumePayload":{"approved":true,"approver":"ana"},"resumedAt":1795871338750}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"e2daf239-c9f3-4128-ab8b-a537c94c82b8","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"success","resumePayload":{"approved":true,"approver":"ana"},"resumedAt":1795871338750,"output":{"city":"Tokyo","approved":true,"approver":"ana"},"endedAt":1795871338752}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"finalize","id":"finalize","stepCallId":"01825c1b-d865-464a-89eb-74a5874aa701","payload":{"city":"Tokyo","approved":true,"approver":"ana"},"startedAt":1795871338756,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"finalize","id":"finalize","stepCallId":"01825c1b-d865-464a-89eb-74a5874aa701","payload":{"city":"Tokyo","approved":true,"approver":"ana"},"startedAt":1795871338756,"status":"success","output":{"summary":"Tokyo: approved by ana","approved":true},"endedAt":1795871338757}}\u001e{"type":"workflow-finish","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowStatus":"success","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}},"finalWorkflowResult":{"summary":"Tokyo: approved by ana","approved":true}}}\u001e',
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
    "/workflows/{workflowId}/observe": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "observeWorkflowRun",
        tags: ["workflows"],
        summary: "Replay a streamed run's events and follow it live",
        description:
          "Replays the records cached by `stream`, `resume-stream` and `time-travel-stream` for this run\n(from index `offset`), then attaches to the live run; same framing as `stream`. Quirks:\n\n- After a stream that suspended, the replay is followed by the suspended part **again**\n  (without a second `workflow-finish`), then the body closes.\n- During a live streamed run, the first records repeat: dedupe by `(type, id, status)`.\n- Runs that were not started through a stream route (`start`, `start-async`, or only\n  created) answer `200` with an **empty body** at once, even while they run.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
          {
            name: "offset",
            in: "query",
            required: false,
            description:
              "Index of the first cached record to replay (records before it are skipped).",
            schema: {
              type: "integer",
              minimum: 0,
            },
            example: 2,
          },
        ],
        responses: {
          "200": {
            description: "The replayed then live events; empty for runs never streamed.",
            content: {
              "text/plain": {
                schema: {
                  $ref: "#/components/schemas/StreamBody",
                },
                examples: {
                  afterSuccess: {
                    summary:
                      "After `stream` to suspended and `resume-stream` to success (captured, `observe-city-after-success.bin`)",
                    value:
                      '{"type":"workflow-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"3f098402-62c6-40d1-ad1c-3bfb4655014c","payload":{"city":"Tokyo"},"startedAt":1795871338701,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"3f098402-62c6-40d1-ad1c-3bfb4655014c","payload":{"city":"Tokyo"},"startedAt":1795871338701,"status":"success","output":{"city":"Tokyo","normalized":"TOKYO"},"endedAt":1795871338705}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"58a05628-a8d9-4691-abd6-b5b3e7304d50","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"running"}}\u001e{"type":"workflow-step-suspended","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"58a05628-a8d9-4691-abd6-b5b3e7304d50","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"suspended","suspendPayload":{"message":"Approve trip to Tokyo?","city":"Tokyo"},"suspendedAt":1795871338707}}\u001e{"type":"workflow-finish","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowStatus":"suspended","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e{"type":"workflow-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"e2daf239-c9f3-4128-ab8b-a537c94c82b8","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"running","resumePayload":{"approved":true,"approver":"ana"},"resumedAt":1795871338750}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"e2daf239-c9f3-4128-ab8b-a537c94c82b8","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"success","resumePayload":{"approved":true,"approver":"ana"},"resumedAt":1795871338750,"output":{"city":"Tokyo","approved":true,"approver":"ana"},"endedAt":1795871338752}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"finalize","id":"finalize","stepCallId":"01825c1b-d865-464a-89eb-74a5874aa701","payload":{"city":"Tokyo","approved":true,"approver":"ana"},"startedAt":1795871338756,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"finalize","id":"finalize","stepCallId":"01825c1b-d865-464a-89eb-74a5874aa701","payload":{"city":"Tokyo","approved":true,"approver":"ana"},"startedAt":1795871338756,"status":"success","output":{"summary":"Tokyo: approved by ana","approved":true},"endedAt":1795871338757}}\u001e{"type":"workflow-finish","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowStatus":"success","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}},"finalWorkflowResult":{"summary":"Tokyo: approved by ana","approved":true}}}\u001e',
                  },
                  notStreamed: {
                    summary: "A run started with `start-async` (empty body)",
                    value: "",
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
    "/workflows/{workflowId}/restart": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "restartWorkflowRun",
        tags: ["workflows"],
        summary: "Restart an active run without waiting",
        description:
          "Restarts a run that is still active in storage (`running` or `waiting`, for example after the\nserver restarted) from its last step. Answers `200` for any existing run; failures (a run that\nis not active) are only logged.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/RestartRun",
        },
        responses: {
          "200": {
            description: "The restart was started.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  restarted: {
                    summary: "Restarted",
                    value: {
                      message: "Workflow run restarted",
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
    "/workflows/{workflowId}/restart-async": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "restartWorkflowRunAsync",
        tags: ["workflows"],
        summary: "Restart an active run and wait for it to stop",
        description:
          "Like `restart`, answering the run's result. A run that is not active (pending, suspended or\nfinished) answers `500 This workflow run was not active`.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/RestartRun",
        },
        responses: {
          "200": {
            description: "The run's result.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowResult",
                },
                examples: {
                  suspended: {
                    summary: "A `SLOW` run restarted while running, then suspended (captured)",
                    value: {
                      status: "suspended",
                      steps: {
                        input: {
                          city: "SLOW",
                        },
                        "validate-city": {
                          payload: {
                            city: "SLOW",
                          },
                          startedAt: 1796087428303,
                          status: "success",
                          output: {
                            city: "SLOW",
                            normalized: "SLOW",
                          },
                          endedAt: 1796087429304,
                        },
                        approval: {
                          startedAt: 1796087429305,
                          status: "suspended",
                          suspendPayload: {
                            message: "Approve trip to SLOW?",
                            city: "SLOW",
                          },
                          suspendedAt: 1796087429305,
                        },
                      },
                      input: {
                        city: "SLOW",
                      },
                      stepExecutionPath: ["validate-city", "validate-city", "approval"],
                      suspended: [["approval"]],
                      suspendPayload: {
                        approval: {
                          message: "Approve trip to SLOW?",
                          city: "SLOW",
                        },
                      },
                      runId: "slow-1",
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
    "/workflows/{workflowId}/time-travel": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "timeTravelWorkflowRun",
        tags: ["workflows"],
        summary: "Re-run a run from a given step without waiting",
        description:
          "Re-executes an existing run from `step` (required) with new `inputData` (and optionally\n`resumeData`, `context` and `nestedStepsContext` for the steps before it). Answers at once; an\nunknown run answers `404`, a missing `step` answers `400 Invalid request body`.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/TimeTravel",
        },
        responses: {
          "200": {
            description: "The time travel was started.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  started: {
                    summary: "Started",
                    value: {
                      message: "Workflow run time travel started",
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
    "/workflows/{workflowId}/time-travel-async": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "timeTravelWorkflowRunAsync",
        tags: ["workflows"],
        summary: "Re-run a run from a given step and wait for it to stop",
        description:
          "Like `time-travel`, answering the run's result. `stepExecutionPath` grows with each time\ntravel. A step that is not in the run's graph answers `500 Cannot time travel to step …`.\n",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/TimeTravel",
        },
        responses: {
          "200": {
            description: "The run's result.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowResult",
                },
                examples: {
                  suspended: {
                    summary: "Back to `validate-city` with a new city, suspended again (captured)",
                    value: {
                      status: "suspended",
                      steps: {
                        input: {
                          city: "Rome",
                        },
                        "validate-city": {
                          status: "success",
                          payload: {
                            city: "Rome",
                          },
                          startedAt: 1796087487365,
                          output: {
                            city: "Rome",
                            normalized: "ROME",
                          },
                          endedAt: 1796087487365,
                        },
                        approval: {
                          startedAt: 1796087487365,
                          status: "suspended",
                          suspendPayload: {
                            message: "Approve trip to Rome?",
                            city: "Rome",
                          },
                          suspendedAt: 1796087487365,
                        },
                      },
                      input: {
                        city: "Rome",
                      },
                      stepExecutionPath: ["validate-city", "approval", "validate-city", "approval"],
                      suspended: [["approval"]],
                      suspendPayload: {
                        approval: {
                          message: "Approve trip to Rome?",
                          city: "Rome",
                        },
                      },
                      runId: "bee366e1-0475-4dde-83c7-256c128338ce",
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
    "/workflows/{workflowId}/time-travel-stream": {
      parameters: [
        {
          $ref: "#/components/parameters/workflowId",
        },
      ],
      post: {
        operationId: "timeTravelStreamWorkflowRun",
        tags: ["workflows"],
        summary: "Re-run a run from a given step and stream its events",
        description: "Like `time-travel`, streaming the events with the framing of `stream`.",
        parameters: [
          {
            $ref: "#/components/parameters/runIdQueryRequired",
          },
        ],
        requestBody: {
          $ref: "#/components/requestBodies/TimeTravel",
        },
        responses: {
          "200": {
            description: "The re-run's events (U+001E-terminated, single-encoded `StreamEvent`s).",
            content: {
              "text/plain": {
                schema: {
                  $ref: "#/components/schemas/StreamBody",
                },
                examples: {
                  toSuspended: {
                    summary:
                      "Back to `validate-city` with a new city, suspended again (captured, `time-travel-stream-city.bin`)",
                    value:
                      '{"type":"workflow-start","runId":"tt-capture","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"tt-capture","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"c90663dd-a9bb-4b9d-854d-f873a30b6067","status":"running","payload":{"city":"Lima"},"startedAt":1796087494009}}\u001e{"type":"workflow-step-result","runId":"tt-capture","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"c90663dd-a9bb-4b9d-854d-f873a30b6067","status":"success","payload":{"city":"Lima"},"startedAt":1796087494009,"output":{"city":"Lima","normalized":"LIMA"},"endedAt":1796087494013}}\u001e{"type":"workflow-step-start","runId":"tt-capture","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"88502327-17ae-41bb-889e-1b8c20386eef","payload":{"city":"Lima","normalized":"LIMA"},"startedAt":1796087494013,"status":"running"}}\u001e{"type":"workflow-step-suspended","runId":"tt-capture","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"88502327-17ae-41bb-889e-1b8c20386eef","payload":{"city":"Lima","normalized":"LIMA"},"startedAt":1796087494013,"status":"suspended","suspendPayload":{"message":"Approve trip to Lima?","city":"Lima"},"suspendedAt":1796087494014}}\u001e{"type":"workflow-finish","runId":"tt-capture","from":"WORKFLOW","payload":{"workflowStatus":"suspended","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
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
          "Lists runs from storage, newest first; `total` counts every matching run. Paging is\n`page` + `perPage`, or `limit` + `offset` (mapped to `page = floor(offset / limit)`). With the\nin-memory store each pair applies only when both are given. `perPage=0` answers\n`400 perPage must be a positive integer`; other bad values answer `400 Invalid query parameters`.\n",
        parameters: [
          {
            name: "page",
            in: "query",
            required: false,
            description: "Zero-based page index (with `perPage`).",
            schema: {
              type: "integer",
              minimum: 0,
            },
            example: 0,
          },
          {
            name: "perPage",
            in: "query",
            required: false,
            description: "Page size (with `page`).",
            schema: {
              type: "integer",
              minimum: 1,
            },
            example: 20,
          },
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Page size (with `offset`).",
            schema: {
              type: "integer",
              minimum: 1,
            },
            example: 20,
          },
          {
            name: "offset",
            in: "query",
            required: false,
            description: "Number of runs to skip (with `limit`).",
            schema: {
              type: "integer",
              minimum: 0,
            },
            example: 0,
          },
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
            name: "resourceId",
            in: "query",
            required: false,
            description: "Only runs that belong to this resource.",
            schema: {
              type: "string",
            },
            example: "user-123",
          },
          {
            name: "status",
            in: "query",
            required: false,
            description: "Only runs with this status.",
            schema: {
              $ref: "#/components/schemas/RunStatus",
            },
            example: "suspended",
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
                examples: {
                  page: {
                    summary: "`?page=0&perPage=1` (captured, in-memory store)",
                    value: {
                      runs: [
                        {
                          workflow_name: "city-workflow",
                          run_id: "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd",
                          snapshot: {
                            runId: "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd",
                            status: "success",
                            value: {},
                            context: {
                              input: {
                                city: "AUTO",
                              },
                              "validate-city": {
                                payload: {
                                  city: "AUTO",
                                },
                                startedAt: 1796087487327,
                                status: "success",
                                output: {
                                  city: "AUTO",
                                  normalized: "AUTO",
                                },
                                endedAt: 1796087487328,
                              },
                              approval: {
                                payload: {
                                  city: "AUTO",
                                  normalized: "AUTO",
                                },
                                startedAt: 1796087487328,
                                status: "success",
                                output: {
                                  city: "AUTO",
                                  approved: true,
                                },
                                endedAt: 1796087487329,
                              },
                              finalize: {
                                payload: {
                                  city: "AUTO",
                                  approved: true,
                                },
                                startedAt: 1796087487329,
                                status: "success",
                                output: {
                                  summary: "AUTO: approved",
                                  approved: true,
                                },
                                endedAt: 1796087487329,
                              },
                            },
                            activePaths: [2],
                            stepExecutionPath: ["validate-city", "approval", "finalize"],
                            activeStepsPath: {},
                            serializedStepGraph: [
                              {
                                type: "step",
                                step: {
                                  id: "validate-city",
                                  description: "Checks the city exists and normalizes its name",
                                  canSuspend: false,
                                },
                              },
                              {
                                type: "step",
                                step: {
                                  id: "approval",
                                  description: "Waits for a human to approve the trip",
                                  canSuspend: true,
                                },
                              },
                              {
                                type: "step",
                                step: {
                                  id: "finalize",
                                  description: "Writes the trip summary",
                                  canSuspend: false,
                                },
                              },
                            ],
                            suspendedPaths: {},
                            waitingPaths: {},
                            resumeLabels: {},
                            result: {
                              summary: "AUTO: approved",
                              approved: true,
                            },
                            requestContext: {},
                            timestamp: 1796087487329,
                          },
                          createdAt: "2026-12-01T01:11:27.327Z",
                          updatedAt: "2026-12-01T01:11:27.329Z",
                          runId: "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd",
                          workflowName: "city-workflow",
                        },
                      ],
                      total: 10,
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
        summary: "Get a run's current state",
        description:
          "The run's metadata and processed state, flat. `fields` narrows the state part; `runId`,\n`workflowName`, `resourceId`, `createdAt`, `updatedAt` and `status` are always included and\nnaming them is a `400`. An unknown run, or a run of another workflow, answers `404`.\n",
        parameters: [
          {
            name: "fields",
            in: "query",
            required: false,
            description:
              "Comma-separated subset of `result`, `error`, `payload`, `steps`, `activeStepsPath`,\n`serializedStepGraph`. Any other name answers `400 Invalid query parameters`.\n",
            schema: {
              type: "string",
            },
            example: "result,error",
          },
          {
            name: "withNestedWorkflows",
            in: "query",
            required: false,
            description: "Include the step results of nested workflows.",
            schema: {
              type: "string",
              enum: ["true", "false"],
            },
            example: "true",
          },
        ],
        responses: {
          "200": {
            description: "The run.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/WorkflowRunResult",
                },
                examples: {
                  pending: {
                    summary: "Created, not started (captured)",
                    value: {
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
                      workflowName: "city-workflow",
                      createdAt: "2026-12-01T01:11:27.228Z",
                      updatedAt: "2026-12-01T01:11:27.228Z",
                      status: "pending",
                      steps: {},
                      activeStepsPath: {},
                      serializedStepGraph: [
                        {
                          type: "step",
                          step: {
                            id: "validate-city",
                            description: "Checks the city exists and normalizes its name",
                            canSuspend: false,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "approval",
                            description: "Waits for a human to approve the trip",
                            canSuspend: true,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "finalize",
                            description: "Writes the trip summary",
                            canSuspend: false,
                          },
                        },
                      ],
                      suspendedPaths: {},
                      resumeLabels: {},
                      waitingPaths: {},
                    },
                  },
                  suspended: {
                    summary: "Suspended (captured)",
                    value: {
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
                      workflowName: "city-workflow",
                      createdAt: "2026-12-01T01:11:27.228Z",
                      updatedAt: "2026-12-01T01:11:27.290Z",
                      status: "suspended",
                      payload: {
                        city: "Paris",
                      },
                      steps: {
                        "validate-city": {
                          payload: {
                            city: "Paris",
                          },
                          startedAt: 1796087487289,
                          status: "success",
                          output: {
                            city: "Paris",
                            normalized: "PARIS",
                          },
                          endedAt: 1796087487289,
                        },
                        approval: {
                          payload: {
                            city: "Paris",
                            normalized: "PARIS",
                          },
                          startedAt: 1796087487290,
                          status: "suspended",
                          suspendPayload: {
                            message: "Approve trip to Paris?",
                            city: "Paris",
                          },
                          suspendedAt: 1796087487290,
                        },
                      },
                      activeStepsPath: {},
                      serializedStepGraph: [
                        {
                          type: "step",
                          step: {
                            id: "validate-city",
                            description: "Checks the city exists and normalizes its name",
                            canSuspend: false,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "approval",
                            description: "Waits for a human to approve the trip",
                            canSuspend: true,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "finalize",
                            description: "Writes the trip summary",
                            canSuspend: false,
                          },
                        },
                      ],
                      suspendedPaths: {
                        approval: [1],
                      },
                      resumeLabels: {},
                      waitingPaths: {},
                    },
                  },
                  failed: {
                    summary:
                      "Failed; the step error has no `name` with the in-memory store (captured)",
                    value: {
                      runId: "00f911a7-1436-4bd7-960f-8da83c315c2f",
                      workflowName: "city-workflow",
                      createdAt: "2026-12-01T01:11:27.316Z",
                      updatedAt: "2026-12-01T01:11:27.320Z",
                      status: "failed",
                      error: {
                        message: "City not found: FAIL",
                        name: "Error",
                      },
                      payload: {
                        city: "FAIL",
                      },
                      steps: {
                        "validate-city": {
                          payload: {
                            city: "FAIL",
                          },
                          startedAt: 1796087487319,
                          status: "failed",
                          error: {
                            message: "City not found: FAIL",
                          },
                          endedAt: 1796087487320,
                        },
                      },
                      activeStepsPath: {},
                      serializedStepGraph: [
                        {
                          type: "step",
                          step: {
                            id: "validate-city",
                            description: "Checks the city exists and normalizes its name",
                            canSuspend: false,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "approval",
                            description: "Waits for a human to approve the trip",
                            canSuspend: true,
                          },
                        },
                        {
                          type: "step",
                          step: {
                            id: "finalize",
                            description: "Writes the trip summary",
                            canSuspend: false,
                          },
                        },
                      ],
                      suspendedPaths: {},
                      resumeLabels: {},
                      waitingPaths: {},
                    },
                  },
                  resultOnly: {
                    summary: "`?fields=result` (captured)",
                    value: {
                      runId: "b2781c87-fe69-4303-80df-48947311176d",
                      workflowName: "city-workflow",
                      createdAt: "2026-12-01T01:11:27.228Z",
                      updatedAt: "2026-12-01T01:11:27.306Z",
                      status: "success",
                      result: {
                        summary: "Paris: approved by ana",
                        approved: true,
                      },
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
      delete: {
        operationId: "deleteWorkflowRun",
        tags: ["workflows"],
        summary: "Delete a stored run",
        responses: {
          "200": {
            description: "The run was deleted.",
            content: {
              "application/json": {
                schema: {
                  $ref: "#/components/schemas/MessageResponse",
                },
                examples: {
                  deleted: {
                    summary: "Deleted",
                    value: {
                      message: "Workflow run deleted",
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
          "Sets the run `canceled` at once, whatever its status: pending, running, suspended and even\nfinished (`success` becomes `canceled`, `result` kept). A running step completes, later steps\nnever run; a live stream sends `workflow-canceled` then `workflow-finish` `canceled`. A\ncanceled run cannot be resumed. Takes no request body.\n",
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
                    summary: "Cancelled",
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
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        description:
          "Only when the server configures authentication; otherwise no authentication is required.\nFailures answer 401 or 403 with an `ErrorResponse`.\n",
      },
    },
    parameters: {
      workflowId: {
        name: "workflowId",
        in: "path",
        required: true,
        description:
          "The key the workflow was registered under with `Mastra`. The workflow's own id also works\non 1.x (the key is tried first).\n",
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
        example: "b2781c87-fe69-4303-80df-48947311176d",
      },
      runIdQueryRequired: {
        name: "runId",
        in: "query",
        required: true,
        description:
          "The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;\nwith `runId=` (empty) it answers `400` with a route-specific message such as\n`runId required to start run`.\n",
        schema: {
          type: "string",
        },
        example: "b2781c87-fe69-4303-80df-48947311176d",
      },
      runIdQueryOptional: {
        name: "runId",
        in: "query",
        required: false,
        description: "The run's id. When absent the server generates one.",
        schema: {
          type: "string",
        },
        example: "b2781c87-fe69-4303-80df-48947311176d",
      },
    },
    requestBodies: {
      StartRun: {
        required: true,
        description:
          "Must be JSON with `content-type: application/json`; invalid JSON answers\n`400 Invalid request body`.\n",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/StartRunBody",
            },
          },
        },
      },
      StreamRun: {
        required: true,
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/StreamRunBody",
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
      RestartRun: {
        required: false,
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/RestartRunBody",
            },
          },
        },
      },
      TimeTravel: {
        required: true,
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/TimeTravelBody",
            },
          },
        },
      },
    },
    responses: {
      Stream: {
        description:
          "A stream of U+001E-terminated, single-encoded `StreamEvent`s (`content-type: text/plain`\nwithout a charset, `transfer-encoding: chunked`).\n",
        content: {
          "text/plain": {
            schema: {
              $ref: "#/components/schemas/StreamBody",
            },
            examples: {
              untilSuspended: {
                summary:
                  "Start to suspended, then the stream closes (captured, `stream-city-start-until-suspended.bin`)",
                value:
                  '{"type":"workflow-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"3f098402-62c6-40d1-ad1c-3bfb4655014c","payload":{"city":"Tokyo"},"startedAt":1795871338701,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"3f098402-62c6-40d1-ad1c-3bfb4655014c","payload":{"city":"Tokyo"},"startedAt":1795871338701,"status":"success","output":{"city":"Tokyo","normalized":"TOKYO"},"endedAt":1795871338705}}\u001e{"type":"workflow-step-start","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"58a05628-a8d9-4691-abd6-b5b3e7304d50","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"running"}}\u001e{"type":"workflow-step-suspended","runId":"fixture-city-1","from":"WORKFLOW","payload":{"stepName":"approval","id":"approval","stepCallId":"58a05628-a8d9-4691-abd6-b5b3e7304d50","payload":{"city":"Tokyo","normalized":"TOKYO"},"startedAt":1795871338706,"status":"suspended","suspendPayload":{"message":"Approve trip to Tokyo?","city":"Tokyo"},"suspendedAt":1795871338707}}\u001e{"type":"workflow-finish","runId":"fixture-city-1","from":"WORKFLOW","payload":{"workflowStatus":"suspended","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
              },
              sleep: {
                summary:
                  "A sleep step sends `workflow-step-waiting` (captured, `stream-pipeline-sleep.bin`)",
                value:
                  '{"type":"workflow-start","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"workflowId":"pipeline-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"double","id":"double","stepCallId":"cd2e8bd3-4d4b-40bd-a3c6-d6115a549aea","payload":{"value":3},"startedAt":1795871338891,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"double","id":"double","stepCallId":"cd2e8bd3-4d4b-40bd-a3c6-d6115a549aea","payload":{"value":3},"startedAt":1795871338891,"status":"success","output":{"value":6},"endedAt":1795871338892}}\u001e{"type":"workflow-step-waiting","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8","id":"sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8","payload":{"value":6},"startedAt":1795871338892,"status":"waiting"}}\u001e{"type":"workflow-step-result","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8","id":"sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8","endedAt":1795871338944,"status":"success","output":{"value":6}}}\u001e{"type":"workflow-step-start","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"add-one","id":"add-one","stepCallId":"86a142b0-1ddd-4196-96fc-8ffc07c23682","payload":{"value":6},"startedAt":1795871338945,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"stepName":"add-one","id":"add-one","stepCallId":"86a142b0-1ddd-4196-96fc-8ffc07c23682","payload":{"value":6},"startedAt":1795871338945,"status":"success","output":{"value":7},"endedAt":1795871338949}}\u001e{"type":"workflow-finish","runId":"fixture-pipe-1","from":"WORKFLOW","payload":{"workflowStatus":"success","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}},"finalWorkflowResult":{"value":7}}}\u001e',
              },
              stepFailed: {
                summary:
                  "A step failed; the error is only in its step result (captured, `stream-city-fail.bin`)",
                value:
                  '{"type":"workflow-start","runId":"fixture-city-fail-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"fixture-city-fail-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"1bae6af0-0207-40a0-bd62-cfe726a4b30f","payload":{"city":"FAIL"},"startedAt":1795871338804,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"fixture-city-fail-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"1bae6af0-0207-40a0-bd62-cfe726a4b30f","payload":{"city":"FAIL"},"startedAt":1795871338804,"status":"failed","error":{"message":"City not found: FAIL","name":"Error"},"endedAt":1795871338815}}\u001e{"type":"workflow-finish","runId":"fixture-city-fail-1","from":"WORKFLOW","payload":{"workflowStatus":"failed","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
              },
              invalidInput: {
                summary:
                  "Invalid input after the response started (captured, `stream-city-invalid-input.bin`)",
                value:
                  '{"type":"workflow-start","runId":"bad-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-finish","runId":"bad-1","from":"WORKFLOW","payload":{"workflowStatus":"failed","metadata":{"error":{"message":"Invalid input data: \\n- city: Invalid input: expected string, received number","domain":"MASTRA_WORKFLOW","category":"USER","code":"WORKFLOW_SCHEMA_VALIDATION_FAILED","details":{"type":"input data"}},"errorMessage":"Invalid input data: \\n- city: Invalid input: expected string, received number"},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
              },
              canceled: {
                summary: "Canceled while a step ran (captured, `stream-city-canceled.bin`)",
                value:
                  '{"type":"workflow-start","runId":"cs-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"cs-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"496f8585-8abb-4d7a-bea2-80b421c91fb0","payload":{"city":"SLOW"},"startedAt":1796087444472,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"cs-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"496f8585-8abb-4d7a-bea2-80b421c91fb0","payload":{"city":"SLOW"},"startedAt":1796087444472,"status":"success","output":{"city":"SLOW","normalized":"SLOW"},"endedAt":1796087445487}}\u001e{"type":"workflow-canceled","runId":"cs-1","from":"WORKFLOW","payload":{}}\u001e{"type":"workflow-finish","runId":"cs-1","from":"WORKFLOW","payload":{"workflowStatus":"canceled","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
              },
              perStep: {
                summary:
                  "`perStep: true` pauses after one step (captured, `stream-city-per-step.bin`)",
                value:
                  '{"type":"workflow-start","runId":"ps-1","from":"WORKFLOW","payload":{"workflowId":"city-workflow"}}\u001e{"type":"workflow-step-start","runId":"ps-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"b68a3abb-b699-4fd2-a9a8-60c692996711","payload":{"city":"Paris"},"startedAt":1796087445515,"status":"running"}}\u001e{"type":"workflow-step-result","runId":"ps-1","from":"WORKFLOW","payload":{"stepName":"validate-city","id":"validate-city","stepCallId":"b68a3abb-b699-4fd2-a9a8-60c692996711","payload":{"city":"Paris"},"startedAt":1796087445515,"status":"success","output":{"city":"Paris","normalized":"PARIS"},"endedAt":1796087445522}}\u001e{"type":"workflow-paused","runId":"ps-1","from":"WORKFLOW","payload":{}}\u001e{"type":"workflow-finish","runId":"ps-1","from":"WORKFLOW","payload":{"workflowStatus":"paused","metadata":{},"output":{"usage":{"inputTokens":0,"outputTokens":0,"totalTokens":0,"cachedInputTokens":0,"cacheCreationInputTokens":0,"reasoningTokens":0}}}}\u001e',
              },
            },
          },
        },
      },
      BadRequest: {
        description: "A parameter or the body is missing or invalid.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              invalidQuery: {
                summary: "Missing runId (captured)",
                value: {
                  error: "Invalid query parameters",
                  issues: [
                    {
                      field: "runId",
                      message: "Invalid input: expected string, received undefined",
                    },
                  ],
                },
              },
              invalidBody: {
                summary: "Invalid JSON body (captured)",
                value: {
                  error: "Invalid request body",
                  issues: [
                    {
                      field: "body",
                      message:
                        "Expected property name or '}' in JSON at position 1 (line 1 column 2)",
                    },
                  ],
                },
              },
              missingStep: {
                summary: "time-travel without `step` (captured)",
                value: {
                  error: "Invalid request body",
                  issues: [
                    {
                      field: "step",
                      message: "Invalid input",
                    },
                  ],
                },
              },
              invalidInput: {
                summary: "Input rejected by the workflow's schema (captured)",
                value: {
                  error:
                    "Invalid input data: \n- value: Invalid input: expected number, received string",
                },
              },
              invalidField: {
                summary: "`fields=status` (captured)",
                value: {
                  error: "Invalid query parameters",
                  issues: [
                    {
                      field: "fields",
                      message:
                        "Invalid field name. Available fields: result, error, payload, steps, activeStepsPath, serializedStepGraph",
                    },
                  ],
                },
              },
              perPage: {
                summary: "`perPage=0` (captured)",
                value: {
                  error: "perPage must be a positive integer",
                },
              },
            },
          },
        },
      },
      NotFound: {
        description:
          "The workflow or run does not exist. (Unknown *routes* answer `text/plain` `404 Not Found`\ninstead.)\n",
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
      Conflict: {
        description: "The run already finished; it cannot be streamed again.",
        content: {
          "application/json": {
            schema: {
              $ref: "#/components/schemas/ErrorResponse",
            },
            examples: {
              finished: {
                summary: "Streaming a finished run (captured)",
                value: {
                  error:
                    'Workflow run f1 already finished with status "failed". Use /observe to read its stream back, or stream a new runId.',
                },
              },
            },
          },
        },
      },
      PayloadTooLarge: {
        description: "The body exceeds the server's body limit (default 4.5 MB).",
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
                summary: "Resume of a run that is not suspended (captured)",
                value: {
                  error: "This workflow run was not suspended",
                },
              },
              wrongStep: {
                summary: "Resume of a step that is not suspended (captured)",
                value: {
                  error:
                    'This workflow step "finalize" was not suspended. Available suspended steps: [approval]',
                },
              },
              notActive: {
                summary: "restart-async of a run that is not active (captured)",
                value: {
                  error: "This workflow run was not active",
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
          "A run's status: the 0.x statuses (`running`, `success`, `failed`, `suspended`, `waiting`,\n`pending`, `canceled`) plus `bailed`, `tripwire`, `paused` (after one step with `perStep`)\nand `skipped`. `pending` = created but not started.\n",
        enum: [
          "running",
          "success",
          "failed",
          "suspended",
          "waiting",
          "pending",
          "canceled",
          "bailed",
          "tripwire",
          "paused",
          "skipped",
        ],
        examples: ["suspended", "paused"],
      },
      StepStatus: {
        type: "string",
        description: "A step result's status.",
        enum: [
          "running",
          "success",
          "failed",
          "suspended",
          "waiting",
          "canceled",
          "paused",
          "skipped",
        ],
        examples: ["success"],
      },
      WorkflowResultStatus: {
        type: "string",
        description: "The status of a `*-async` result.",
        enum: ["success", "failed", "suspended", "canceled", "tripwire", "paused"],
        examples: ["success"],
      },
      FinishStatus: {
        type: "string",
        description: "The `workflowStatus` of a `workflow-finish` record.",
        enum: ["success", "failed", "suspended", "canceled", "tripwire", "paused", "bailed"],
        examples: ["suspended"],
      },
      RequestContext: {
        type: "object",
        description:
          "Values made available to steps as their request context (stored in the snapshot's\n`requestContext`). The 0.x name `runtimeContext` is ignored by 1.x servers.\n",
        additionalProperties: true,
        examples: [
          {
            userId: "user-123",
          },
        ],
      },
      TracingOptions: {
        type: "object",
        description: "Tracing options for the run's spans.",
        properties: {
          rootSpanName: {
            type: "string",
          },
          metadata: {
            type: "object",
            additionalProperties: true,
          },
          requestContextKeys: {
            type: "array",
            items: {
              type: "string",
            },
          },
          traceId: {
            type: "string",
          },
          parentSpanId: {
            type: "string",
          },
          tags: {
            type: "array",
            items: {
              type: "string",
            },
          },
          hideInput: {
            type: "boolean",
          },
          hideOutput: {
            type: "boolean",
          },
        },
        examples: [
          {
            rootSpanName: "trip",
            tags: ["demo"],
          },
        ],
      },
      SerializedError: {
        type: "object",
        description:
          "An error inside a result or record: `message`, usually `name`, and for Mastra's own errors\n`domain`, `category`, `code`, `details` and `cause`. Never a stack string.\n",
        required: ["message"],
        properties: {
          message: {
            type: "string",
          },
          name: {
            type: "string",
          },
          domain: {
            type: "string",
          },
          category: {
            type: "string",
          },
          code: {
            type: "string",
          },
          details: {
            type: "object",
            additionalProperties: true,
          },
          cause: {},
        },
        additionalProperties: true,
        examples: [
          {
            message: "City not found: FAIL",
            name: "Error",
          },
          {
            message:
              "Invalid input data: \n- city: Invalid input: expected string, received number",
            domain: "MASTRA_WORKFLOW",
            category: "USER",
            code: "WORKFLOW_SCHEMA_VALIDATION_FAILED",
            details: {
              type: "input data",
            },
          },
        ],
      },
      CreateRunBody: {
        type: "object",
        description: "Body of `create-run` (optional).",
        properties: {
          resourceId: {
            type: "string",
            description: "The resource the run belongs to.",
          },
          disableScorers: {
            type: "boolean",
          },
        },
        examples: [
          {
            resourceId: "user-123",
          },
        ],
      },
      StartRunBody: {
        type: "object",
        description: "Body of `start` and `start-async`.",
        properties: {
          inputData: {
            description: "The run's input, validated against the workflow's `inputSchema`.",
          },
          initialState: {
            description: "The workflow state the run starts with.",
          },
          requestContext: {
            $ref: "#/components/schemas/RequestContext",
          },
          resourceId: {
            type: "string",
            description: "The resource the run belongs to.",
          },
          tracingOptions: {
            $ref: "#/components/schemas/TracingOptions",
          },
          perStep: {
            type: "boolean",
            description: "Run one step, then pause (`paused`).",
          },
        },
        examples: [
          {
            inputData: {
              city: "Paris",
            },
          },
          {
            inputData: {
              value: 3,
            },
            requestContext: {
              userId: "user-123",
            },
            resourceId: "user-123",
          },
        ],
      },
      StreamRunBody: {
        type: "object",
        description: "Body of `stream`.",
        properties: {
          inputData: {
            description: "The run's input, validated against the workflow's `inputSchema`.",
          },
          initialState: {
            description: "The workflow state the run starts with.",
          },
          requestContext: {
            $ref: "#/components/schemas/RequestContext",
          },
          resourceId: {
            type: "string",
            description: "The resource the run belongs to.",
          },
          tracingOptions: {
            $ref: "#/components/schemas/TracingOptions",
          },
          perStep: {
            type: "boolean",
            description: "Run one step, then pause (`paused`).",
          },
          closeOnSuspend: {
            type: "boolean",
            description:
              "Close the stream when the run suspends (the default); `false` keeps it open.",
          },
        },
        examples: [
          {
            inputData: {
              city: "Paris",
            },
          },
          {
            inputData: {
              city: "Paris",
            },
            closeOnSuspend: false,
          },
        ],
      },
      ResumeRunBody: {
        type: "object",
        description: "Body of `resume`, `resume-async`, `resume-no-wait` and `resume-stream`.",
        properties: {
          step: {
            description:
              "The suspended step to resume: its id, or its path as an array of ids for a step inside a\nnested workflow. Optional when one step is suspended.\n",
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
              "Data handed to the resumed step, validated against its `resumeSchema`. Required in\npractice: without it the server answers `400 Invalid resume data`.\n",
          },
          requestContext: {
            $ref: "#/components/schemas/RequestContext",
          },
          tracingOptions: {
            $ref: "#/components/schemas/TracingOptions",
          },
          perStep: {
            type: "boolean",
          },
          forEachIndex: {
            type: "integer",
            minimum: 0,
            description: "The iteration to resume inside a `foreach` step.",
          },
        },
        examples: [
          {
            step: "approval",
            resumeData: {
              approved: true,
              approver: "ana",
            },
          },
          {
            resumeData: {
              approved: true,
            },
          },
          {
            step: ["nested-workflow", "approval"],
            resumeData: {
              approved: false,
            },
          },
        ],
      },
      RestartRunBody: {
        type: "object",
        description: "Body of `restart` and `restart-async` (optional).",
        properties: {
          requestContext: {
            $ref: "#/components/schemas/RequestContext",
          },
          tracingOptions: {
            $ref: "#/components/schemas/TracingOptions",
          },
        },
        examples: [{}],
      },
      TimeTravelContextEntry: {
        type: "object",
        description: "The recorded result to assume for one step before the time-travel target.",
        properties: {
          status: {
            $ref: "#/components/schemas/StepStatus",
          },
          payload: {},
          output: {},
          resumePayload: {},
          suspendPayload: {},
          startedAt: {
            type: "number",
          },
          endedAt: {
            type: "number",
          },
        },
        additionalProperties: true,
        examples: [
          {
            status: "success",
            payload: {
              city: "Rome",
            },
            output: {
              city: "Rome",
              normalized: "ROME",
            },
          },
        ],
      },
      TimeTravelBody: {
        type: "object",
        description: "Body of `time-travel`, `time-travel-async` and `time-travel-stream`.",
        required: ["step"],
        properties: {
          step: {
            description:
              "The step to re-run from (its id, or its path as an array of ids inside a nested workflow).",
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
          inputData: {
            description: "The input of the target step.",
          },
          resumeData: {
            description: "Resume data for the target step, when it suspends.",
          },
          initialState: {
            description: "The workflow state to start from.",
          },
          context: {
            type: "object",
            description: "Step results to assume for the steps before the target, by step id.",
            additionalProperties: {
              $ref: "#/components/schemas/TimeTravelContextEntry",
            },
          },
          nestedStepsContext: {
            type: "object",
            description:
              "The same for steps of nested workflows, by nested workflow id then step id.",
            additionalProperties: {
              type: "object",
              additionalProperties: {
                $ref: "#/components/schemas/TimeTravelContextEntry",
              },
            },
          },
          requestContext: {
            $ref: "#/components/schemas/RequestContext",
          },
          tracingOptions: {
            $ref: "#/components/schemas/TracingOptions",
          },
          perStep: {
            type: "boolean",
          },
        },
        examples: [
          {
            step: "validate-city",
            inputData: {
              city: "Rome",
            },
          },
          {
            step: "approval",
            inputData: {
              city: "Rome",
              normalized: "ROME",
            },
            resumeData: {
              approved: true,
            },
            context: {
              "validate-city": {
                status: "success",
                payload: {
                  city: "Rome",
                },
                output: {
                  city: "Rome",
                  normalized: "ROME",
                },
              },
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
            runId: "b2781c87-fe69-4303-80df-48947311176d",
          },
        ],
      },
      RunIdResponse: {
        type: "object",
        description: "The answer of `resume-no-wait`.",
        required: ["runId"],
        properties: {
          runId: {
            type: "string",
          },
        },
        examples: [
          {
            runId: "b2781c87-fe69-4303-80df-48947311176d",
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
            message: "Workflow run deleted",
          },
          {
            message: "Workflow run restarted",
          },
          {
            message: "Workflow run time travel started",
          },
        ],
      },
      ErrorIssue: {
        type: "object",
        description: "One request validation problem.",
        required: ["field", "message"],
        properties: {
          field: {
            type: "string",
            description: "The query parameter or body field (`body` for unparsable JSON).",
          },
          message: {
            type: "string",
          },
        },
        examples: [
          {
            field: "runId",
            message: "Invalid input: expected string, received undefined",
          },
        ],
      },
      ErrorResponse: {
        type: "object",
        description: "The error body of every JSON error; request validation errors add `issues`.",
        required: ["error"],
        properties: {
          error: {
            type: "string",
          },
          issues: {
            type: "array",
            items: {
              $ref: "#/components/schemas/ErrorIssue",
            },
          },
        },
        additionalProperties: true,
        examples: [
          {
            error: "Workflow not found",
          },
          {
            error: "Invalid query parameters",
            issues: [
              {
                field: "status",
                message:
                  'Invalid option: expected one of "running"|"waiting"|"suspended"|"success"|"failed"|"canceled"|"pending"|"bailed"|"tripwire"|"paused"|"skipped"',
              },
            ],
          },
        ],
      },
      RunCounts: {
        type: "object",
        description: "Running and suspended runs per workflow, keyed by registration key.",
        additionalProperties: {
          type: "object",
          required: ["running", "suspended"],
          properties: {
            running: {
              type: "integer",
              minimum: 0,
            },
            suspended: {
              type: "integer",
              minimum: 0,
            },
          },
        },
        examples: [
          {
            testWorkflow: {
              running: 1,
              suspended: 2,
            },
          },
        ],
      },
      WorkflowStepInfo: {
        type: "object",
        description:
          'One step of a workflow. Schemas are **strings**: superjson-wrapped draft-07 JSON Schema\n(`{"json":{…}}`). In `allSteps`, `isWorkflow` tells nested workflows apart.\n',
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
          },
          outputSchema: {
            type: "string",
          },
          resumeSchema: {
            type: "string",
          },
          suspendSchema: {
            type: "string",
          },
          stateSchema: {
            type: "string",
          },
          isWorkflow: {
            type: "boolean",
          },
        },
        additionalProperties: true,
        examples: [
          {
            id: "double",
            description: "Doubles the value",
            isWorkflow: false,
          },
        ],
      },
      StepGraphEntry: {
        type: "object",
        description:
          "One entry of a step graph. `step` entries carry the step (with `canSuspend` on 1.x); `sleep`\nentries carry `id` and `duration`; `parallel`, `conditional`, `loop` and `foreach` entries\ncarry nested `steps` or one `step`.\n",
        required: ["type"],
        properties: {
          type: {
            type: "string",
            description:
              "step, sleep, sleepUntil, waitForEvent, parallel, conditional, loop, foreach, …",
          },
          step: {
            type: "object",
            properties: {
              id: {
                type: "string",
              },
              description: {
                type: "string",
              },
              canSuspend: {
                type: "boolean",
              },
            },
            additionalProperties: true,
          },
          id: {
            type: "string",
          },
          duration: {
            type: "number",
          },
        },
        additionalProperties: true,
        examples: [
          {
            type: "step",
            step: {
              id: "approval",
              description: "Waits for a human to approve the trip",
              canSuspend: true,
            },
          },
          {
            type: "sleep",
            id: "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
            duration: 50,
          },
        ],
      },
      WorkflowInfo: {
        type: "object",
        description:
          "A workflow's description. Keys in the order `name, description, origin, steps, allSteps,\nstepGraph, inputSchema, outputSchema, options, isProcessorWorkflow`; `stepCount` only with\n`?partial=true`.\n",
        required: ["name", "steps", "allSteps", "stepGraph"],
        properties: {
          name: {
            type: "string",
            description: "The workflow's own id.",
          },
          description: {
            type: "string",
          },
          origin: {
            type: "string",
            description: "`code` for workflows defined in code.",
          },
          steps: {
            type: "object",
            additionalProperties: {
              $ref: "#/components/schemas/WorkflowStepInfo",
            },
          },
          allSteps: {
            type: "object",
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
          },
          outputSchema: {
            type: "string",
          },
          stateSchema: {
            type: "string",
          },
          options: {
            type: "object",
            additionalProperties: true,
          },
          isProcessorWorkflow: {
            type: "boolean",
          },
          stepCount: {
            type: "integer",
          },
        },
        additionalProperties: true,
        examples: [
          {
            name: "failing-workflow",
            description: "Fails in its second step",
            stepCount: 2,
            stepGraph: [
              {
                type: "step",
                step: {
                  id: "prepare",
                  description: "Always succeeds",
                  canSuspend: false,
                },
              },
              {
                type: "step",
                step: {
                  id: "boom",
                  description: "Always throws",
                  canSuspend: false,
                },
              },
            ],
            options: {
              validateInputs: true,
              emitStepEvents: true,
            },
            steps: {},
            allSteps: {},
            origin: "code",
          },
        ],
      },
      WorkflowList: {
        type: "object",
        description: "Every workflow, keyed by registration key.",
        additionalProperties: {
          $ref: "#/components/schemas/WorkflowInfo",
        },
        examples: [{}],
      },
      StepResult: {
        type: "object",
        description:
          "One step's result. Fields appear as the step progresses. Results of the `*-async` routes\nleave `payload` out; stored runs (`GET runs/{runId}`) have it.\n",
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
            $ref: "#/components/schemas/SerializedError",
          },
          suspendPayload: {
            description: "What the step passed to `suspend()`.",
          },
          resumePayload: {
            description: "The `resumeData` the step was resumed with.",
          },
          suspendOutput: {},
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
          metadata: {
            type: "object",
            additionalProperties: true,
          },
          tripwire: {
            type: "object",
            additionalProperties: true,
          },
        },
        additionalProperties: true,
        examples: [
          {
            startedAt: 1796087487290,
            status: "success",
            resumePayload: {
              approved: true,
              approver: "ana",
            },
            resumedAt: 1796087487306,
            output: {
              city: "Paris",
              approved: true,
              approver: "ana",
            },
            endedAt: 1796087487306,
          },
          {
            payload: {
              city: "FAIL",
            },
            startedAt: 1796087487319,
            status: "failed",
            error: {
              message: "City not found: FAIL",
            },
            endedAt: 1796087487320,
          },
        ],
      },
      WorkflowSteps: {
        type: "object",
        description:
          "The steps map of a `*-async` result. The `input` key holds the **raw run input** (not a\n`StepResult`); every other key is a step id mapped to its `StepResult`.\n",
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
              value: 3,
            },
            double: {
              startedAt: 1796087487375,
              status: "success",
              output: {
                value: 6,
              },
              endedAt: 1796087487375,
            },
          },
        ],
      },
      WorkflowResultBase: {
        type: "object",
        description: "Fields every `*-async` result has.",
        required: ["status", "steps"],
        properties: {
          status: {
            $ref: "#/components/schemas/WorkflowResultStatus",
          },
          steps: {
            $ref: "#/components/schemas/WorkflowSteps",
          },
          input: {
            description: "The run's input.",
          },
          stepExecutionPath: {
            type: "array",
            description:
              "The ids of the steps executed, in order (time travel and restarts append).",
            items: {
              type: "string",
            },
          },
          resumeLabels: {
            type: "object",
            additionalProperties: true,
          },
          state: {
            description: "The workflow state.",
          },
          runId: {
            type: "string",
          },
        },
        examples: [
          {
            status: "paused",
            steps: {
              input: {
                city: "Paris",
              },
            },
            input: {
              city: "Paris",
            },
            stepExecutionPath: ["validate-city"],
            runId: "ps-1",
          },
        ],
      },
      WorkflowResultSuccess: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status"],
            properties: {
              status: {
                type: "string",
                const: "success",
              },
              result: {
                description: "The workflow's output (absent when it is undefined).",
              },
            },
          },
        ],
        examples: [
          {
            status: "success",
            steps: {
              input: {
                city: "AUTO",
              },
              "validate-city": {
                startedAt: 1796087487327,
                status: "success",
                output: {
                  city: "AUTO",
                  normalized: "AUTO",
                },
                endedAt: 1796087487328,
              },
              approval: {
                startedAt: 1796087487328,
                status: "success",
                output: {
                  city: "AUTO",
                  approved: true,
                },
                endedAt: 1796087487329,
              },
              finalize: {
                startedAt: 1796087487329,
                status: "success",
                output: {
                  summary: "AUTO: approved",
                  approved: true,
                },
                endedAt: 1796087487329,
              },
            },
            input: {
              city: "AUTO",
            },
            stepExecutionPath: ["validate-city", "approval", "finalize"],
            result: {
              summary: "AUTO: approved",
              approved: true,
            },
            runId: "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd",
          },
        ],
      },
      WorkflowResultFailed: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status", "error"],
            properties: {
              status: {
                type: "string",
                const: "failed",
              },
              error: {
                $ref: "#/components/schemas/SerializedError",
              },
            },
          },
        ],
        examples: [
          {
            status: "failed",
            steps: {
              input: {
                city: "FAIL",
              },
              "validate-city": {
                startedAt: 1796087487319,
                status: "failed",
                error: {
                  message: "City not found: FAIL",
                  name: "Error",
                },
                endedAt: 1796087487320,
              },
            },
            input: {
              city: "FAIL",
            },
            stepExecutionPath: ["validate-city"],
            error: {
              message: "City not found: FAIL",
              name: "Error",
            },
            runId: "00f911a7-1436-4bd7-960f-8da83c315c2f",
          },
        ],
      },
      WorkflowResultSuspended: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status", "suspended"],
            properties: {
              status: {
                type: "string",
                const: "suspended",
              },
              suspended: {
                type: "array",
                description: "The suspended steps, each as a path of step ids.",
                items: {
                  type: "array",
                  items: {
                    type: "string",
                  },
                },
              },
              suspendPayload: {
                type: "object",
                description: "What each suspended step passed to `suspend()`, keyed by step id.",
                additionalProperties: true,
              },
            },
          },
        ],
        examples: [
          {
            status: "suspended",
            steps: {
              input: {
                city: "Paris",
              },
              "validate-city": {
                startedAt: 1796087487289,
                status: "success",
                output: {
                  city: "Paris",
                  normalized: "PARIS",
                },
                endedAt: 1796087487289,
              },
              approval: {
                startedAt: 1796087487290,
                status: "suspended",
                suspendPayload: {
                  message: "Approve trip to Paris?",
                  city: "Paris",
                },
                suspendedAt: 1796087487290,
              },
            },
            input: {
              city: "Paris",
            },
            stepExecutionPath: ["validate-city", "approval"],
            suspended: [["approval"]],
            suspendPayload: {
              approval: {
                message: "Approve trip to Paris?",
                city: "Paris",
              },
            },
            runId: "b2781c87-fe69-4303-80df-48947311176d",
          },
        ],
      },
      WorkflowResultTripwire: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status"],
            properties: {
              status: {
                type: "string",
                const: "tripwire",
              },
              tripwire: {
                type: "object",
                description: "Why a processor stopped the run.",
                properties: {
                  reason: {
                    type: "string",
                  },
                  retry: {
                    type: "boolean",
                  },
                  metadata: {
                    type: "object",
                    additionalProperties: true,
                  },
                  processorId: {
                    type: "string",
                  },
                },
              },
            },
          },
        ],
        examples: [
          {
            status: "tripwire",
            steps: {
              input: {},
            },
            tripwire: {
              reason: "blocked by a processor",
            },
          },
        ],
      },
      WorkflowResultPaused: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status"],
            properties: {
              status: {
                type: "string",
                const: "paused",
              },
            },
          },
        ],
        examples: [
          {
            status: "paused",
            steps: {
              input: {
                city: "Paris",
              },
            },
            input: {
              city: "Paris",
            },
          },
        ],
      },
      WorkflowResultCanceled: {
        allOf: [
          {
            $ref: "#/components/schemas/WorkflowResultBase",
          },
          {
            type: "object",
            required: ["status"],
            properties: {
              status: {
                type: "string",
                const: "canceled",
              },
            },
          },
        ],
        examples: [
          {
            status: "canceled",
            steps: {
              input: {
                city: "SLOW",
              },
            },
          },
        ],
      },
      WorkflowResult: {
        description:
          "The answer of `start-async`, `resume-async`, `restart-async` and `time-travel-async`,\ndiscriminated on `status`.\n",
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
            $ref: "#/components/schemas/WorkflowResultTripwire",
          },
          {
            $ref: "#/components/schemas/WorkflowResultPaused",
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
            tripwire: "#/components/schemas/WorkflowResultTripwire",
            paused: "#/components/schemas/WorkflowResultPaused",
            canceled: "#/components/schemas/WorkflowResultCanceled",
          },
        },
        examples: [
          {
            status: "suspended",
            steps: {
              input: {
                city: "Rome",
              },
              "validate-city": {
                status: "success",
                payload: {
                  city: "Rome",
                },
                startedAt: 1796087487365,
                output: {
                  city: "Rome",
                  normalized: "ROME",
                },
                endedAt: 1796087487365,
              },
              approval: {
                startedAt: 1796087487365,
                status: "suspended",
                suspendPayload: {
                  message: "Approve trip to Rome?",
                  city: "Rome",
                },
                suspendedAt: 1796087487365,
              },
            },
            input: {
              city: "Rome",
            },
            stepExecutionPath: ["validate-city", "approval", "validate-city", "approval"],
            suspended: [["approval"]],
            suspendPayload: {
              approval: {
                message: "Approve trip to Rome?",
                city: "Rome",
              },
            },
            runId: "bee366e1-0475-4dde-83c7-256c128338ce",
          },
        ],
      },
      WorkflowRunResult: {
        type: "object",
        description:
          "A stored run, flat (`GET runs/{runId}`): metadata, status, and the processed state. `steps`\nhas no `input` key; `payload` is the run input (absent while `pending`); `result` on success,\n`error` on failure. With `fields`, only the named state fields follow the metadata.\n",
        required: ["runId", "workflowName", "createdAt", "updatedAt", "status"],
        properties: {
          runId: {
            type: "string",
          },
          workflowName: {
            type: "string",
            description: "The workflow's own id.",
          },
          resourceId: {
            type: "string",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          updatedAt: {
            type: "string",
            format: "date-time",
          },
          status: {
            $ref: "#/components/schemas/RunStatus",
          },
          initialState: {
            type: "object",
            additionalProperties: true,
          },
          result: {
            description: "The workflow's output (on success).",
          },
          error: {
            $ref: "#/components/schemas/SerializedError",
          },
          payload: {
            description: "The run's input.",
          },
          steps: {
            type: "object",
            additionalProperties: {
              $ref: "#/components/schemas/StepResult",
            },
          },
          activeStepsPath: {
            type: "object",
            description: "Running steps and their positions in the graph.",
            additionalProperties: {
              type: "array",
              items: {
                type: "number",
              },
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
            description: "Suspended steps and their positions in the graph.",
            additionalProperties: {
              type: "array",
              items: {
                type: "number",
              },
            },
          },
          resumeLabels: {
            type: "object",
            additionalProperties: true,
          },
          waitingPaths: {
            type: "object",
            additionalProperties: {
              type: "array",
              items: {
                type: "number",
              },
            },
          },
        },
        additionalProperties: true,
        examples: [
          {
            runId: "b2781c87-fe69-4303-80df-48947311176d",
            workflowName: "city-workflow",
            createdAt: "2026-12-01T01:11:27.228Z",
            updatedAt: "2026-12-01T01:11:27.306Z",
            status: "success",
            result: {
              summary: "Paris: approved by ana",
              approved: true,
            },
          },
        ],
      },
      WorkflowRunSnapshot: {
        description:
          "A run's stored snapshot as the storage keeps it (or its raw text when it could not be parsed).\n",
        oneOf: [
          {
            type: "object",
            required: ["runId", "status"],
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
                type: "object",
                description: "The raw input under `input`, then each step's result by step id.",
                additionalProperties: true,
              },
              activePaths: {
                type: "array",
                items: {
                  type: "number",
                },
              },
              stepExecutionPath: {
                type: "array",
                items: {
                  type: "string",
                },
              },
              activeStepsPath: {
                type: "object",
                additionalProperties: true,
              },
              serializedStepGraph: {
                type: "array",
                items: {
                  $ref: "#/components/schemas/StepGraphEntry",
                },
              },
              suspendedPaths: {
                type: "object",
                additionalProperties: true,
              },
              waitingPaths: {
                type: "object",
                additionalProperties: true,
              },
              resumeLabels: {
                type: "object",
                additionalProperties: true,
              },
              result: {},
              error: {
                $ref: "#/components/schemas/SerializedError",
              },
              requestContext: {
                $ref: "#/components/schemas/RequestContext",
              },
              timestamp: {
                type: "number",
                description: "Epoch milliseconds.",
              },
              tracingContext: {
                type: "object",
                additionalProperties: true,
              },
            },
            additionalProperties: true,
          },
          {
            type: "string",
          },
        ],
        examples: [
          {
            runId: "ps-1",
            status: "paused",
            value: {},
            context: {
              input: {
                city: "Paris",
              },
            },
            activePaths: [],
            timestamp: 1796087445525,
          },
        ],
      },
      WorkflowRun: {
        type: "object",
        description:
          "One stored run. The in-memory store adds snake_case copies `workflow_name` and `run_id`;\nLibSQL adds `resourceId` (`null` when unset).\n",
        required: ["workflowName", "runId", "snapshot", "createdAt", "updatedAt"],
        properties: {
          workflowName: {
            type: "string",
          },
          runId: {
            type: "string",
          },
          snapshot: {
            $ref: "#/components/schemas/WorkflowRunSnapshot",
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
            type: ["string", "null"],
          },
          workflow_name: {
            type: "string",
          },
          run_id: {
            type: "string",
          },
        },
        additionalProperties: true,
        examples: [
          {
            workflowName: "city-workflow",
            runId: "ps-1",
            snapshot: "{}",
            createdAt: "2026-12-01T01:10:45.512Z",
            updatedAt: "2026-12-01T01:10:45.525Z",
            resourceId: null,
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
            description: "The number of matching runs (not the page size).",
          },
        },
        examples: [
          {
            runs: [],
            total: 0,
          },
        ],
      },
      StreamUsage: {
        type: "object",
        description: "Token usage of the run (zeros for workflows without agents).",
        additionalProperties: {
          type: "number",
        },
        examples: [
          {
            inputTokens: 0,
            outputTokens: 0,
            totalTokens: 0,
            cachedInputTokens: 0,
            cacheCreationInputTokens: 0,
            reasoningTokens: 0,
          },
        ],
      },
      StreamStepPayload: {
        type: "object",
        description:
          "The step part of a step record: `stepName` and `id` name the step; `stepCallId` is absent on\nsleep steps.\n",
        required: ["id", "status"],
        properties: {
          stepName: {
            type: "string",
          },
          id: {
            type: "string",
          },
          stepCallId: {
            type: "string",
          },
          status: {
            $ref: "#/components/schemas/StepStatus",
          },
          payload: {
            description: "The step's input.",
          },
          startedAt: {
            type: "number",
            description: "Epoch milliseconds.",
          },
          resumePayload: {
            description: "The `resumeData` (on a resumed step).",
          },
          resumedAt: {
            type: "number",
          },
          output: {
            description: "The step's output (on success).",
          },
          error: {
            $ref: "#/components/schemas/SerializedError",
          },
          endedAt: {
            type: "number",
          },
          suspendPayload: {
            description: "What the step passed to `suspend()`.",
          },
          suspendedAt: {
            type: "number",
          },
        },
        additionalProperties: true,
        examples: [
          {
            stepName: "double",
            id: "double",
            stepCallId: "cd2e8bd3-4d4b-40bd-a3c6-d6115a549aea",
            payload: {
              value: 3,
            },
            startedAt: 1795871338891,
            status: "running",
          },
        ],
      },
      WorkflowStartEvent: {
        type: "object",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-start",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            type: "object",
            required: ["workflowId"],
            properties: {
              workflowId: {
                type: "string",
                description: "The workflow's own id.",
              },
            },
          },
        },
        examples: [
          {
            type: "workflow-start",
            runId: "fixture-city-fail-1",
            from: "WORKFLOW",
            payload: {
              workflowId: "city-workflow",
            },
          },
        ],
      },
      WorkflowStepStartEvent: {
        type: "object",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-step-start",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            allOf: [
              {
                $ref: "#/components/schemas/StreamStepPayload",
              },
              {
                type: "object",
                properties: {
                  status: {
                    const: "running",
                  },
                },
              },
            ],
          },
        },
        examples: [
          {
            type: "workflow-step-start",
            runId: "fixture-city-fail-1",
            from: "WORKFLOW",
            payload: {
              stepName: "validate-city",
              id: "validate-city",
              stepCallId: "1bae6af0-0207-40a0-bd62-cfe726a4b30f",
              payload: {
                city: "FAIL",
              },
              startedAt: 1795871338804,
              status: "running",
            },
          },
        ],
      },
      WorkflowStepResultEvent: {
        type: "object",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-step-result",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            $ref: "#/components/schemas/StreamStepPayload",
          },
        },
        examples: [
          {
            type: "workflow-step-result",
            runId: "fixture-city-fail-1",
            from: "WORKFLOW",
            payload: {
              stepName: "validate-city",
              id: "validate-city",
              stepCallId: "1bae6af0-0207-40a0-bd62-cfe726a4b30f",
              payload: {
                city: "FAIL",
              },
              startedAt: 1795871338804,
              status: "failed",
              error: {
                message: "City not found: FAIL",
                name: "Error",
              },
              endedAt: 1795871338806,
            },
          },
        ],
      },
      WorkflowStepSuspendedEvent: {
        type: "object",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-step-suspended",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            allOf: [
              {
                $ref: "#/components/schemas/StreamStepPayload",
              },
              {
                type: "object",
                properties: {
                  status: {
                    const: "suspended",
                  },
                },
              },
            ],
          },
        },
        examples: [
          {
            type: "workflow-step-suspended",
            runId: "p-tt",
            from: "WORKFLOW",
            payload: {
              stepName: "approval",
              id: "approval",
              stepCallId: "4fabbe2f-5602-4744-86db-15942bcca7c3",
              payload: {
                city: "Lima",
                normalized: "LIMA",
              },
              startedAt: 1796087422016,
              status: "suspended",
              suspendPayload: {
                message: "Approve trip to Lima?",
                city: "Lima",
              },
              suspendedAt: 1796087422018,
            },
          },
        ],
      },
      WorkflowStepWaitingEvent: {
        type: "object",
        description: "A sleep step started (`.sleep()`, `.sleepUntil()`); it has no `stepCallId`.",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-step-waiting",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            allOf: [
              {
                $ref: "#/components/schemas/StreamStepPayload",
              },
              {
                type: "object",
                properties: {
                  status: {
                    const: "waiting",
                  },
                },
              },
            ],
          },
        },
        examples: [
          {
            type: "workflow-step-waiting",
            runId: "fixture-pipe-1",
            from: "WORKFLOW",
            payload: {
              stepName: "sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8",
              id: "sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8",
              payload: {
                value: 6,
              },
              startedAt: 1795871338892,
              status: "waiting",
            },
          },
        ],
      },
      WorkflowCanceledEvent: {
        type: "object",
        description:
          "The run was canceled (`runs/{runId}/cancel`) while streaming; `workflow-finish` follows.",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-canceled",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            type: "object",
          },
        },
        examples: [
          {
            type: "workflow-canceled",
            runId: "cs-1",
            from: "WORKFLOW",
            payload: {},
          },
        ],
      },
      WorkflowPausedEvent: {
        type: "object",
        description: "The run paused after one step (with `perStep`); `workflow-finish` follows.",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-paused",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            type: "object",
          },
        },
        examples: [
          {
            type: "workflow-paused",
            runId: "ps-1",
            from: "WORKFLOW",
            payload: {},
          },
        ],
      },
      WorkflowFinishEvent: {
        type: "object",
        description:
          "The last record of a run's stream. `finalWorkflowResult` on success. A failed step's error is\nonly in its `workflow-step-result`; `metadata.error` and `metadata.errorMessage` appear when\nthe run failed before any step (invalid input, wrong resume step, resuming a finished run).\n",
        required: ["type", "runId", "from", "payload"],
        properties: {
          type: {
            type: "string",
            const: "workflow-finish",
          },
          runId: {
            type: "string",
          },
          from: {
            type: "string",
            const: "WORKFLOW",
          },
          payload: {
            type: "object",
            required: ["workflowStatus"],
            properties: {
              workflowStatus: {
                $ref: "#/components/schemas/FinishStatus",
              },
              metadata: {
                type: "object",
                properties: {
                  error: {
                    $ref: "#/components/schemas/SerializedError",
                  },
                  errorMessage: {
                    type: "string",
                  },
                },
                additionalProperties: true,
              },
              output: {
                type: "object",
                properties: {
                  usage: {
                    $ref: "#/components/schemas/StreamUsage",
                  },
                },
                additionalProperties: true,
              },
              finalWorkflowResult: {
                description: "The workflow's output (on success).",
              },
            },
          },
        },
        examples: [
          {
            type: "workflow-finish",
            runId: "fixture-pipe-1",
            from: "WORKFLOW",
            payload: {
              workflowStatus: "success",
              metadata: {},
              output: {
                usage: {
                  inputTokens: 0,
                  outputTokens: 0,
                  totalTokens: 0,
                  cachedInputTokens: 0,
                  cacheCreationInputTokens: 0,
                  reasoningTokens: 0,
                },
              },
              finalWorkflowResult: {
                value: 7,
              },
            },
          },
        ],
      },
      StreamEvent: {
        description:
          'One record of a 1.x stream body, discriminated on `type`. The envelope is always\n`{type, runId, from: "WORKFLOW", payload}`. Clients should pass records of other types\nthrough rather than drop them: Mastra also defines `workflow-step-progress` (foreach\nprogress) and `workflow-step-output` (custom step writes), not seen with the sample workflows.\n',
        oneOf: [
          {
            $ref: "#/components/schemas/WorkflowStartEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowStepStartEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowStepResultEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowStepSuspendedEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowStepWaitingEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowCanceledEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowPausedEvent",
          },
          {
            $ref: "#/components/schemas/WorkflowFinishEvent",
          },
        ],
        discriminator: {
          propertyName: "type",
          mapping: {
            "workflow-start": "#/components/schemas/WorkflowStartEvent",
            "workflow-step-start": "#/components/schemas/WorkflowStepStartEvent",
            "workflow-step-result": "#/components/schemas/WorkflowStepResultEvent",
            "workflow-step-suspended": "#/components/schemas/WorkflowStepSuspendedEvent",
            "workflow-step-waiting": "#/components/schemas/WorkflowStepWaitingEvent",
            "workflow-canceled": "#/components/schemas/WorkflowCanceledEvent",
            "workflow-paused": "#/components/schemas/WorkflowPausedEvent",
            "workflow-finish": "#/components/schemas/WorkflowFinishEvent",
          },
        },
        examples: [
          {
            type: "workflow-start",
            runId: "fixture-city-fail-1",
            from: "WORKFLOW",
            payload: {
              workflowId: "city-workflow",
            },
          },
        ],
      },
      StreamBody: {
        type: "string",
        description:
          "A raw 1.x stream body: `StreamEvent`s, each encoded once as `JSON.stringify(event)` and\nterminated by U+001E. `x-record-schema` names the decoded record's schema.\n",
        "x-record-schema": {
          $ref: "#/components/schemas/StreamEvent",
        },
        "x-record-separator": "\u001e",
        "x-record-encoding": "json",
      },
    },
  },
} as const;
