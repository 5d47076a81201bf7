/**
 * Generated from openapi/workflows.yaml.
 * Do not edit. Regenerate with `pnpm generate`.
 */
export type paths = {
  "/workflows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List registered workflows
     * @description Returns every registered workflow, keyed by the key it was registered under with `Mastra`.
     *     The key can differ from the workflow's own id (`name`).
     */
    get: operations["listWorkflows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /** Get one workflow's details */
    get: operations["getWorkflow"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/create-run": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a run
     * @description Creates a run (stored with status `pending`) and returns its id. With `runId`, that id is used
     *     (and echoed back); otherwise the server generates a UUID. Takes no request body.
     */
    post: operations["createWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a suspended run without waiting (fire-and-forget)
     * @description Resumes a suspended step and answers at once. Errors seen: 400 `runId required to resume
     *     workflow`, 400 `step required to resume workflow`, 404 for an unknown run. Resuming a run that
     *     is not suspended answers 200 and then the resume fails in the background; on Mastra 0.10–0.14
     *     that rejection is unhandled and can terminate the server process.
     */
    post: operations["resumeWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/resume-async": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a suspended run and wait for it to finish or suspend again
     * @description Errors seen: 400 as for `resume`; 404; **500** `This workflow run was not suspended`,
     *     `This workflow step "<id>" was not suspended. Available suspended steps: [...]` and
     *     `No snapshot found for this workflow run`.
     */
    post: operations["resumeWorkflowRunAsync"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/runs": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /**
     * List a workflow's stored runs
     * @description Lists runs from the server's storage. The in-memory store applies `limit`/`offset` only when
     *     **both** are given; `total` always counts every matching run.
     */
    get: operations["listWorkflowRuns"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/runs/{runId}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /** Get one stored run */
    get: operations["getWorkflowRun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/runs/{runId}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a run
     * @description Cancels a run. Takes no request body. Also answers 200 for runs that have already finished.
     */
    post: operations["cancelWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/runs/{runId}/execution-result": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /**
     * Get a run's current execution result
     * @description The run's state as stored: status, step results, and the result or error when finished.
     *     Works for runs that have already finished or suspended (unlike watch). A freshly created run
     *     answers `{"status":"pending","steps":{}}`. 404 messages seen: `Workflow run execution result not
     *     found`, and `Workflow with ID <id> not found` for an unknown workflow.
     */
    get: operations["getWorkflowRunExecutionResult"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/runs/{runId}/send-event": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an event to a run
     * @description Delivers an event to a run waiting for it (a `waitForEvent` step).
     */
    post: operations["sendWorkflowRunEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/start": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a created run without waiting (fire-and-forget)
     * @description Starts a run created with `create-run` and answers at once. The body must be JSON: an empty
     *     body answers `500 {"error":"Unexpected end of JSON input"}`. Errors seen: 400 `runId required
     *     to start run`; 404 `Workflow run not found` (the run must be created first).
     */
    post: operations["startWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/start-async": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a run and wait for it to finish or suspend
     * @description Starts the run (a new one when `runId` is absent) and answers when it succeeds, fails or
     *     suspends. Long runs hit the server timeout (504). An engine throw answers 500.
     */
    post: operations["startWorkflowRunAsync"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/stream": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a run and stream its events
     * @description Starts the run and streams its events as a chunked body of **single-encoded** records:
     *     `JSON.stringify(event) + "\u001E"` per `StreamEvent`. The stream is not closed when the run
     *     suspends. The server effectively needs `runId` (declared optional by Mastra's own
     *     description). Errors once the body is read, including a missing `runId` or an unknown
     *     workflow, answer 200 with an empty body. The body must be JSON: one that does not parse
     *     (empty included) or is `null` answers 500 `{ error }` with the JavaScript message, as
     *     `start` does (measured on 0.10.15). The reference captures record the event types and their
     *     main fields but not every payload in full.
     */
    post: operations["streamWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/watch": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /**
     * Watch a run's progress as a record stream
     * @description Streams the run's progress as a chunked `text/plain` body (not SSE, not NDJSON).
     *
     *     **Framing.** Each record is `JSON.stringify(JSON.stringify(record)) + "\u001E"`: a JSON
     *     *string literal* whose content is the `WatchRecord` JSON, terminated by U+001E (record
     *     separator) — the last record included. There are no newlines. Records can share a chunk and
     *     a record can span chunks. A compatible reader decodes UTF-8 in streaming mode, splits on
     *     U+001E, keeps the trailing partial piece, `JSON.parse`s each non-empty piece and parses again
     *     when the result is a string (older servers single-encode).
     *
     *     **Records.** Each record carries the run's accumulated state (`payload.workflowState`), so
     *     every record is a full picture so far; `payload.currentStep` is absent on the final record.
     *
     *     **End of stream.** The server closes the body after a record whose `workflowState.status` is
     *     not `running` (success, failed, suspended, waiting, canceled). So a watch ends at suspension:
     *     open a new watch before resuming. There is no replay: events emitted before the watch
     *     connected are lost. Watching a run that has already finished or suspended emits nothing and
     *     never closes; use a timeout and fall back to `execution-result`. An unknown workflow or run
     *     answers 200 with an empty body; only a missing `runId` answers 400.
     *
     *     Open the watch (without awaiting it) before calling `start`.
     */
    get: operations["watchWorkflowRun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /**
     * @example {
     *       "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260"
     *     }
     */
    CreateRunResponse: {
      /** @description The given `runId`, or a generated UUID. */
      runId: string;
    };
    /**
     * @description The error body of every JSON error. Dev servers (`mastra dev`) add `stack` and sometimes `cause`.
     * @example {
     *       "error": "Workflow not found"
     *     }
     * @example {
     *       "error": "runId required to watch workflow"
     *     }
     */
    ErrorResponse: {
      error: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A stored run's current state (`execution-result`). `payload` is the run input; `result`
     *     appears on success and `error` (a stack string) on failure. A freshly created run is
     *     `{"status":"pending","steps":{}}`.
     * @example {
     *       "status": "success",
     *       "result": {
     *         "result": "approved=true doubled=42"
     *       },
     *       "payload": {
     *         "value": 21
     *       },
     *       "steps": {
     *         "input": {
     *           "value": 21
     *         },
     *         "step1": {
     *           "status": "success",
     *           "payload": {
     *             "value": 21
     *           },
     *           "startedAt": 1795867073449,
     *           "output": {
     *             "doubled": 42
     *           },
     *           "endedAt": 1795867073601
     *         },
     *         "step2": {
     *           "status": "success",
     *           "payload": {
     *             "doubled": 42
     *           },
     *           "suspendPayload": {
     *             "reason": "need approval"
     *           },
     *           "suspendedAt": 1795867073603,
     *           "resumePayload": {
     *             "approved": true
     *           },
     *           "resumedAt": 1795867075268,
     *           "output": {
     *             "result": "approved=true doubled=42"
     *           },
     *           "startedAt": 1795867073602,
     *           "endedAt": 1795867075268
     *         }
     *       }
     *     }
     * @example {
     *       "status": "pending",
     *       "steps": {}
     *     }
     */
    ExecutionResult: {
      /** @description The error's stack (on failure). */
      error?: string;
      /** @description The run's input. */
      payload?: unknown;
      /** @description The workflow's output (on success). */
      result?: unknown;
      status: components["schemas"]["RunStatus"];
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @example {
     *       "message": "Workflow run started"
     *     }
     * @example {
     *       "message": "Workflow run resumed"
     *     }
     * @example {
     *       "message": "Workflow run cancelled"
     *     }
     * @example {
     *       "message": "Workflow run event sent"
     *     }
     */
    MessageResponse: {
      message: string;
    };
    /**
     * @description Body of `resume` and `resume-async`.
     * @example {
     *       "step": "step2",
     *       "resumeData": {
     *         "approved": true
     *       }
     *     }
     * @example {
     *       "step": [
     *         "nested-workflow",
     *         "step2"
     *       ],
     *       "resumeData": {
     *         "key": "value"
     *       }
     *     }
     */
    ResumeRunBody: {
      /** @description Data handed to the resumed step (checked against its `resumeSchema` by the step, if at all). */
      resumeData?: unknown;
      runtimeContext?: components["schemas"]["RuntimeContext"];
      /**
       * @description The suspended step to resume: its id, or its path as an array of ids for a step inside a
       *     nested workflow (`[parentStep, childStep]`).
       */
      step: string | string[];
    };
    /**
     * @description A run's status. `pending` = created but not started (what `create-run` stores). Mastra 1.x
     *     adds `bailed`, `tripwire`, `paused` and `skipped`.
     * @example suspended
     * @enum {string}
     */
    RunStatus: "running" | "success" | "failed" | "suspended" | "waiting" | "pending" | "canceled";
    /**
     * @description Values made available to steps as their runtime context, sent as a plain JSON object. Read
     *     by the server only from JSON-labelled request bodies.
     * @example {
     *       "userId": "user-123"
     *     }
     */
    RuntimeContext: {
      [key: string]: unknown;
    };
    /**
     * @description Body of `send-event`.
     * @example {
     *       "event": "approval",
     *       "data": {
     *         "approved": true
     *       }
     *     }
     */
    SendEventBody: {
      /** @description The event's data. */
      data?: unknown;
      /** @description The event name a `waitForEvent` step waits for. */
      event: string;
    };
    /**
     * @description Body of `start`, `start-async` and `stream`.
     * @example {
     *       "inputData": {
     *         "city": "New York"
     *       }
     *     }
     * @example {
     *       "inputData": {
     *         "value": 5
     *       },
     *       "runtimeContext": {
     *         "userId": "user-123"
     *       }
     *     }
     */
    StartRunBody: {
      /**
       * @description The run's input, usually an object matching the workflow's `inputSchema`. The server does
       *     not validate it.
       */
      inputData?: unknown;
      runtimeContext?: components["schemas"]["RuntimeContext"];
    };
    /**
     * @description One entry of a workflow's serialized step graph. `type: "step"` entries carry `step`;
     *     `parallel` and `conditional` entries carry nested `steps`; other kinds (`loop`, `foreach`,
     *     `sleep`, `sleepUntil`, `waitForEvent`, …) carry further fields that the reference captures
     *     do not detail, so additional properties are allowed.
     * @example {
     *       "type": "step",
     *       "step": {
     *         "id": "step1",
     *         "description": "Doubles the value"
     *       }
     *     }
     * @example {
     *       "type": "parallel",
     *       "steps": [
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "fetch-weather"
     *           }
     *         },
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "fetch-news"
     *           }
     *         }
     *       ]
     *     }
     */
    StepGraphEntry: {
      step?: {
        description?: string;
        id: string;
      } & {
        [key: string]: unknown;
      };
      steps?: components["schemas"]["StepGraphEntry"][];
      /** @description The entry kind: `step`, `parallel`, `conditional`, `loop`, `foreach`, `sleep`, `sleepUntil`, `waitForEvent`, … */
      type: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description One step's result. Fields appear as the step progresses: `output` on success, `error` (a
     *     stack string) on failure, `suspendPayload`/`suspendedAt` on suspension,
     *     `resumePayload`/`resumedAt` after a resume. Times are epoch milliseconds. `payload` and
     *     `startedAt` are present in every capture but not required here, because `payload` is dropped
     *     from the JSON when the step's input is undefined.
     * @example {
     *       "status": "success",
     *       "payload": {
     *         "value": 5
     *       },
     *       "startedAt": 1795866901999,
     *       "output": {
     *         "doubled": 10
     *       },
     *       "endedAt": 1795866902150
     *     }
     * @example {
     *       "status": "suspended",
     *       "payload": {
     *         "doubled": 10
     *       },
     *       "startedAt": 1795866902150,
     *       "suspendPayload": {
     *         "reason": "need approval"
     *       },
     *       "suspendedAt": 1795866902151
     *     }
     */
    StepResult: {
      /** @description Epoch milliseconds. */
      endedAt?: number;
      /** @description The error's stack (on failure). */
      error?: string;
      /** @description The step's output (on success). */
      output?: unknown;
      /** @description The step's input. */
      payload?: unknown;
      /** @description Epoch milliseconds. */
      resumedAt?: number;
      /** @description The `resumeData` the step was resumed with. */
      resumePayload?: unknown;
      /** @description Epoch milliseconds. */
      startedAt?: number;
      status: components["schemas"]["StepStatus"];
      /** @description Epoch milliseconds. */
      suspendedAt?: number;
      /** @description What the step passed to `suspend()`. */
      suspendPayload?: unknown;
    };
    /**
     * @description A step result's status. `canceled` appears when a run is aborted; a bailed step reports
     *     `success`.
     * @example success
     * @enum {string}
     */
    StepStatus: "running" | "success" | "failed" | "suspended" | "waiting" | "canceled";
    /**
     * @description The raw `/stream` body: `StreamEvent`s, each encoded once as `JSON.stringify(event)` and
     *     terminated by U+001E. `x-record-schema` names the decoded record's schema.
     */
    StreamBody: string;
    /**
     * @description One event of the `/stream` body (single-encoded), discriminated on `type`.
     * @example {
     *       "type": "start",
     *       "payload": {
     *         "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260"
     *       }
     *     }
     * @example {
     *       "type": "step-finish",
     *       "payload": {
     *         "id": "step1",
     *         "stepCallId": "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
     *         "metadata": {}
     *       }
     *     }
     */
    StreamEvent:
      | components["schemas"]["StreamStartEvent"]
      | components["schemas"]["StreamStepStartEvent"]
      | components["schemas"]["StreamStepResultEvent"]
      | components["schemas"]["StreamStepSuspendedEvent"]
      | components["schemas"]["StreamStepWaitingEvent"]
      | components["schemas"]["StreamStepFinishEvent"]
      | components["schemas"]["StreamFinishEvent"];
    /**
     * @example {
     *       "type": "finish",
     *       "payload": {
     *         "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260"
     *       }
     *     }
     */
    StreamFinishEvent: {
      payload: {
        runId: string;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "finish";
    };
    /**
     * @example {
     *       "type": "start",
     *       "payload": {
     *         "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260"
     *       }
     *     }
     */
    StreamStartEvent: {
      payload: {
        runId: string;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "start";
    };
    /**
     * @example {
     *       "type": "step-finish",
     *       "payload": {
     *         "id": "step1",
     *         "stepCallId": "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
     *         "metadata": {}
     *       }
     *     }
     */
    StreamStepFinishEvent: {
      payload: {
        id: string;
        metadata?: {
          [key: string]: unknown;
        };
        stepCallId?: string;
      } & {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "step-finish";
    };
    /**
     * @example {
     *       "type": "step-result",
     *       "payload": {
     *         "id": "step1",
     *         "stepCallId": "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
     *         "status": "success",
     *         "output": {
     *           "doubled": 10
     *         },
     *         "endedAt": 1795866902150
     *       }
     *     }
     */
    StreamStepResultEvent: {
      payload: {
        /** @description Epoch milliseconds. */
        endedAt?: number;
        /** @description The error's stack (on failure). */
        error?: string;
        id: string;
        /** @description The step's output (on success). */
        output?: unknown;
        status?: components["schemas"]["StepStatus"];
        stepCallId?: string;
      } & {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "step-result";
    };
    /**
     * @example {
     *       "type": "step-start",
     *       "payload": {
     *         "id": "step1",
     *         "stepCallId": "0c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b",
     *         "payload": {
     *           "value": 5
     *         },
     *         "startedAt": 1795866901999,
     *         "status": "running"
     *       }
     *     }
     */
    StreamStepStartEvent: {
      payload: {
        id: string;
        /** @description The step's input. */
        payload?: unknown;
        /** @description Epoch milliseconds. */
        startedAt?: number;
        status?: components["schemas"]["StepStatus"];
        stepCallId?: string;
      } & {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "step-start";
    };
    /**
     * @description A step suspended. The reference does not capture this payload in full; it names the step by `id`.
     * @example {
     *       "type": "step-suspended",
     *       "payload": {
     *         "id": "step2"
     *       }
     *     }
     */
    StreamStepSuspendedEvent: {
      payload: {
        id: string;
      } & {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "step-suspended";
    };
    /**
     * @description A step is waiting. The reference does not capture this payload in full; it names the step by `id`.
     * @example {
     *       "type": "step-waiting",
     *       "payload": {
     *         "id": "step2"
     *       }
     *     }
     */
    StreamStepWaitingEvent: {
      payload: {
        id: string;
      } & {
        [key: string]: unknown;
      };
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "step-waiting";
    };
    /**
     * @description The raw watch body: `WatchRecord`s, each encoded as `JSON.stringify(JSON.stringify(record))`
     *     and terminated by U+001E. `x-record-schema` names the decoded record's schema.
     */
    WatchBody: string;
    /**
     * @description The step whose event produced a watch record (a `StepResult` plus the step's `id`).
     * @example {
     *       "id": "step1",
     *       "status": "running",
     *       "payload": {
     *         "value": 21
     *       },
     *       "startedAt": 1795867073449
     *     }
     */
    WatchCurrentStep: components["schemas"]["StepResult"] & {
      id: string;
    };
    /**
     * @example {
     *       "currentStep": {
     *         "id": "step1",
     *         "status": "running",
     *         "payload": {
     *           "value": 21
     *         },
     *         "startedAt": 1795867073449
     *       },
     *       "workflowState": {
     *         "status": "running",
     *         "steps": {
     *           "input": {
     *             "value": 21
     *           },
     *           "step1": {
     *             "status": "running",
     *             "payload": {
     *               "value": 21
     *             },
     *             "startedAt": 1795867073449
     *           }
     *         },
     *         "result": null,
     *         "error": null
     *       }
     *     }
     */
    WatchPayload: {
      currentStep?: components["schemas"]["WatchCurrentStep"];
      workflowState: components["schemas"]["WorkflowState"];
    };
    /**
     * @description One record of the watch stream, after decoding (see `watchWorkflowRun` for the framing).
     *     `eventTimestamp` is an epoch-ms number on the wire (core types it as `Date`, but it is never
     *     converted). `payload.currentStep` is absent on the final record.
     * @example {
     *       "type": "watch",
     *       "payload": {
     *         "currentStep": {
     *           "id": "step1",
     *           "status": "running",
     *           "payload": {
     *             "value": 21
     *           },
     *           "startedAt": 1795867073449
     *         },
     *         "workflowState": {
     *           "status": "running",
     *           "steps": {
     *             "input": {
     *               "value": 21
     *             },
     *             "step1": {
     *               "status": "running",
     *               "payload": {
     *                 "value": 21
     *               },
     *               "startedAt": 1795867073449
     *             }
     *           },
     *           "result": null,
     *           "error": null
     *         }
     *       },
     *       "eventTimestamp": 1795867073449,
     *       "runId": "fixture-run-1"
     *     }
     * @example {
     *       "type": "watch",
     *       "payload": {
     *         "workflowState": {
     *           "status": "suspended",
     *           "steps": {
     *             "input": {
     *               "value": 21
     *             },
     *             "step1": {
     *               "status": "success",
     *               "payload": {
     *                 "value": 21
     *               },
     *               "startedAt": 1795867073449,
     *               "output": {
     *                 "doubled": 42
     *               },
     *               "endedAt": 1795867073601
     *             },
     *             "step2": {
     *               "status": "suspended",
     *               "payload": {
     *                 "doubled": 42
     *               },
     *               "startedAt": 1795867073602,
     *               "suspendPayload": {
     *                 "reason": "need approval"
     *               },
     *               "suspendedAt": 1795867073603
     *             }
     *           },
     *           "result": null,
     *           "error": null
     *         }
     *       },
     *       "eventTimestamp": 1795867073603,
     *       "runId": "fixture-run-1"
     *     }
     */
    WatchRecord: {
      /** @description Epoch milliseconds. */
      eventTimestamp: number;
      payload: components["schemas"]["WatchPayload"];
      runId: string;
      /** @constant */
      type: "watch";
    };
    /**
     * @description A workflow's description (`GET /workflows/{workflowId}` and the values of `GET /workflows`).
     *     `name` is the workflow's own id, which can differ from its registration key. The `*Schema`
     *     fields are strings holding superjson-serialised JSON Schema (`{"json": <JSON Schema>}`).
     * @example {
     *       "name": "city-workflow",
     *       "description": "Looks up a city",
     *       "steps": {
     *         "step1": {
     *           "id": "step1",
     *           "inputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}",
     *           "outputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},\"required\":[\"summary\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}"
     *         }
     *       },
     *       "allSteps": {
     *         "step1": {
     *           "id": "step1",
     *           "isWorkflow": false,
     *           "inputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}",
     *           "outputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},\"required\":[\"summary\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}"
     *         }
     *       },
     *       "stepGraph": [
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "step1"
     *           }
     *         }
     *       ],
     *       "inputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}",
     *       "outputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},\"required\":[\"summary\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}"
     *     }
     */
    WorkflowInfo: {
      /**
       * @description Every step including those of nested workflows, flattened with keys like
       *     `parent.child`; entries carry `isWorkflow`.
       */
      allSteps: {
        [key: string]: components["schemas"]["WorkflowStepInfo"];
      };
      description?: string;
      /** @description Superjson-serialised JSON Schema of the workflow's input. */
      inputSchema?: string;
      /** @description The workflow's id. */
      name: string;
      /** @description Superjson-serialised JSON Schema of the workflow's output. */
      outputSchema?: string;
      stepGraph: components["schemas"]["StepGraphEntry"][];
      /** @description The workflow's top-level steps, keyed by step id. */
      steps: {
        [key: string]: components["schemas"]["WorkflowStepInfo"];
      };
    };
    /**
     * @description Every registered workflow, keyed by the key it was registered under (not necessarily its `name`).
     * @example {
     *       "testWorkflow": {
     *         "name": "city-workflow",
     *         "steps": {
     *           "step1": {
     *             "id": "step1"
     *           }
     *         },
     *         "allSteps": {
     *           "step1": {
     *             "id": "step1",
     *             "isWorkflow": false
     *           }
     *         },
     *         "stepGraph": [
     *           {
     *             "type": "step",
     *             "step": {
     *               "id": "step1"
     *             }
     *           }
     *         ]
     *       }
     *     }
     */
    WorkflowList: {
      [key: string]: components["schemas"]["WorkflowInfo"];
    };
    /**
     * @description The answer of `start-async` and `resume-async`: the run succeeded, failed, suspended, or was
     *     canceled. Discriminated on `status`.
     * @example {
     *       "status": "success",
     *       "steps": {
     *         "input": {
     *           "value": 5
     *         }
     *       },
     *       "result": {
     *         "doubled": 10
     *       }
     *     }
     * @example {
     *       "status": "suspended",
     *       "steps": {
     *         "input": {
     *           "value": 5
     *         },
     *         "step2": {
     *           "payload": {
     *             "doubled": 10
     *           },
     *           "startedAt": 1795866902150,
     *           "status": "suspended",
     *           "suspendPayload": {
     *             "reason": "need approval"
     *           },
     *           "suspendedAt": 1795866902151
     *         }
     *       },
     *       "suspended": [
     *         [
     *           "step2"
     *         ]
     *       ]
     *     }
     */
    WorkflowResult:
      | components["schemas"]["WorkflowResultSuccess"]
      | components["schemas"]["WorkflowResultFailed"]
      | components["schemas"]["WorkflowResultSuspended"]
      | components["schemas"]["WorkflowResultCanceled"];
    /**
     * @description A run aborted mid-run. Its other fields are not captured in the reference.
     * @example {
     *       "status": "canceled",
     *       "steps": {
     *         "input": {
     *           "value": 5
     *         }
     *       }
     *     }
     */
    WorkflowResultCanceled: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "canceled";
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @example {
     *       "status": "failed",
     *       "steps": {
     *         "input": {},
     *         "boom": {
     *           "status": "failed",
     *           "error": "Error: kaboom\n    at DefaultExecutionEngine.executeStep (file:///app/node_modules/@mastra/core/dist/chunk-DQ3LHZOM.js:12546:54)",
     *           "payload": {},
     *           "startedAt": 1795867076597,
     *           "endedAt": 1795867076600
     *         }
     *       },
     *       "error": "Error: kaboom\n    at DefaultExecutionEngine.executeStep (file:///app/node_modules/@mastra/core/dist/chunk-DQ3LHZOM.js:12546:54)"
     *     }
     */
    WorkflowResultFailed: {
      /** @description The error's stack (a string, never an object). */
      error: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "failed";
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @description The status of a `start-async`/`resume-async` result; `canceled` if the run was aborted mid-run.
     * @example success
     * @enum {string}
     */
    WorkflowResultStatus: "success" | "failed" | "suspended" | "canceled";
    /**
     * @example {
     *       "status": "success",
     *       "steps": {
     *         "input": {
     *           "value": 5
     *         },
     *         "step1": {
     *           "status": "success",
     *           "payload": {
     *             "value": 5
     *           },
     *           "startedAt": 1795866901999,
     *           "output": {
     *             "doubled": 10
     *           },
     *           "endedAt": 1795866902150
     *         }
     *       },
     *       "result": {
     *         "doubled": 10
     *       }
     *     }
     */
    WorkflowResultSuccess: {
      /** @description The workflow's output (absent when it is undefined). */
      result?: unknown;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "success";
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @example {
     *       "status": "suspended",
     *       "steps": {
     *         "input": {
     *           "value": 5
     *         },
     *         "step1": {
     *           "payload": {
     *             "value": 5
     *           },
     *           "startedAt": 1795866901999,
     *           "status": "success",
     *           "output": {
     *             "doubled": 10
     *           },
     *           "endedAt": 1795866902150
     *         },
     *         "step2": {
     *           "payload": {
     *             "doubled": 10
     *           },
     *           "startedAt": 1795866902150,
     *           "status": "suspended",
     *           "suspendPayload": {
     *             "reason": "need approval"
     *           },
     *           "suspendedAt": 1795866902151
     *         }
     *       },
     *       "suspended": [
     *         [
     *           "step2"
     *         ]
     *       ]
     *     }
     */
    WorkflowResultSuspended: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "suspended";
      steps: components["schemas"]["WorkflowSteps"];
      /** @description The suspended steps, each as a path of step ids (`[parentStep, childStep]` when nested). */
      suspended: string[][];
    };
    /**
     * @description A stored run (`runs` items and `runs/{runId}`). `snapshot` is a string when the storage could
     *     not parse it. The in-memory store also leaks `workflow_name`, `run_id` and `id`, so additional
     *     properties are allowed.
     * @example {
     *       "workflowName": "city-workflow",
     *       "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260",
     *       "snapshot": {
     *         "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260",
     *         "status": "pending",
     *         "value": {},
     *         "context": {},
     *         "activePaths": [],
     *         "serializedStepGraph": [
     *           {
     *             "type": "step",
     *             "step": {
     *               "id": "step1"
     *             }
     *           }
     *         ],
     *         "suspendedPaths": {},
     *         "runtimeContext": {},
     *         "timestamp": 1795866901990
     *       },
     *       "createdAt": "2026-11-28T11:55:01.990Z",
     *       "updatedAt": "2026-11-28T11:55:01.990Z"
     *     }
     */
    WorkflowRun: {
      /** Format: date-time */
      createdAt: string;
      resourceId?: string;
      runId: string;
      snapshot: components["schemas"]["WorkflowRunSnapshot"] | string;
      /** Format: date-time */
      updatedAt: string;
      workflowName: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @example {
     *       "runs": [],
     *       "total": 0
     *     }
     */
    WorkflowRuns: {
      runs: components["schemas"]["WorkflowRun"][];
      /** @description The number of matching runs, regardless of `limit`/`offset`. */
      total: number;
    };
    /**
     * @description The engine's stored snapshot of a run. `context` holds `input` and the step results by step
     *     id; `suspendedPaths` maps a suspended step id to its position in the step graph. Stores may
     *     add fields (e.g. `waitingPaths`), so additional properties are allowed.
     * @example {
     *       "runId": "7ed66aad-c03f-41bf-91a8-2302ecea2260",
     *       "status": "suspended",
     *       "value": {},
     *       "context": {
     *         "input": {
     *           "value": 5
     *         },
     *         "step1": {
     *           "payload": {
     *             "value": 5
     *           },
     *           "startedAt": 1795866901999,
     *           "status": "success",
     *           "output": {
     *             "doubled": 10
     *           },
     *           "endedAt": 1795866902150
     *         },
     *         "step2": {
     *           "payload": {
     *             "doubled": 10
     *           },
     *           "startedAt": 1795866902150,
     *           "status": "suspended",
     *           "suspendPayload": {
     *             "reason": "need approval"
     *           },
     *           "suspendedAt": 1795866902151
     *         }
     *       },
     *       "activePaths": [],
     *       "serializedStepGraph": [
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "step1"
     *           }
     *         },
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "step2"
     *           }
     *         }
     *       ],
     *       "suspendedPaths": {
     *         "step2": [
     *           1
     *         ]
     *       },
     *       "runtimeContext": {},
     *       "timestamp": 1795866902152
     *     }
     */
    WorkflowRunSnapshot: {
      activePaths?: number[];
      context: components["schemas"]["WorkflowSteps"];
      /** @description The failure, once it failed (the reference does not capture its stored form). */
      error?: unknown;
      /** @description The workflow's output, once it succeeded. */
      result?: unknown;
      runId: string;
      runtimeContext?: {
        [key: string]: unknown;
      };
      serializedStepGraph?: components["schemas"]["StepGraphEntry"][];
      status: components["schemas"]["RunStatus"];
      suspendedPaths?: {
        [key: string]: number[];
      };
      /** @description Epoch milliseconds of the last write. */
      timestamp?: number;
      value?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A run's accumulated state inside a watch record. `result` is `null` until the run succeeds;
     *     `error` is `null` or the failure's stack string.
     * @example {
     *       "status": "suspended",
     *       "steps": {
     *         "input": {
     *           "value": 21
     *         },
     *         "step1": {
     *           "status": "success",
     *           "payload": {
     *             "value": 21
     *           },
     *           "startedAt": 1795867073449,
     *           "output": {
     *             "doubled": 42
     *           },
     *           "endedAt": 1795867073601
     *         },
     *         "step2": {
     *           "status": "suspended",
     *           "payload": {
     *             "doubled": 42
     *           },
     *           "startedAt": 1795867073602,
     *           "suspendPayload": {
     *             "reason": "need approval"
     *           },
     *           "suspendedAt": 1795867073603
     *         }
     *       },
     *       "result": null,
     *       "error": null
     *     }
     */
    WorkflowState: {
      /** @description The failure's stack once it failed, else `null`. */
      error: string | null;
      /** @description The workflow's output once it succeeded, else `null`. */
      result: unknown;
      status: components["schemas"]["RunStatus"];
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @description A step of a workflow. Every `*Schema` is a string holding superjson-serialised JSON Schema
     *     (`{"json": <JSON Schema>}`), converted from the step's zod schema.
     * @example {
     *       "id": "step1",
     *       "description": "Doubles the value",
     *       "inputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"number\"}},\"required\":[\"value\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}",
     *       "outputSchema": "{\"json\":{\"type\":\"object\",\"properties\":{\"doubled\":{\"type\":\"number\"}},\"required\":[\"doubled\"],\"additionalProperties\":false,\"$schema\":\"http://json-schema.org/draft-07/schema#\"}}"
     *     }
     */
    WorkflowStepInfo: {
      description?: string;
      id: string;
      /** @description Superjson-serialised JSON Schema of the step's input. */
      inputSchema?: string;
      /** @description Present in `allSteps` only; `true` when the step is a nested workflow. */
      isWorkflow?: boolean;
      /** @description Superjson-serialised JSON Schema of the step's output. */
      outputSchema?: string;
      /** @description Superjson-serialised JSON Schema of the data the step accepts on resume. */
      resumeSchema?: string;
      /** @description Superjson-serialised JSON Schema of the step's suspend payload. */
      suspendSchema?: string;
    };
    /**
     * @description The steps map of a run. The `input` key holds the **raw run input** (any JSON value, not a
     *     `StepResult`); every other key is a step id (nested steps as `parent.child`) mapped to its
     *     `StepResult`.
     * @example {
     *       "input": {
     *         "value": 5
     *       },
     *       "step1": {
     *         "status": "success",
     *         "payload": {
     *           "value": 5
     *         },
     *         "startedAt": 1795866901999,
     *         "output": {
     *           "doubled": 10
     *         },
     *         "endedAt": 1795866902150
     *       },
     *       "step2": {
     *         "status": "suspended",
     *         "payload": {
     *           "doubled": 10
     *         },
     *         "startedAt": 1795866902150,
     *         "suspendPayload": {
     *           "reason": "need approval"
     *         },
     *         "suspendedAt": 1795866902151
     *       }
     *     }
     * @example {}
     */
    WorkflowSteps: {
      /** @description The raw run input (not a step result). */
      input?: unknown;
    } & {
      [key: string]: components["schemas"]["StepResult"];
    };
  };
  responses: {
    /** @description A required parameter or field is missing. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The server's global timeout (default 3 minutes, `server.timeout`) elapsed. */
    GatewayTimeout: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The server or the workflow engine failed. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description The workflow or run does not exist. (Unknown *routes* answer `text/plain` `404 Not Found`
     *     instead; old 0.10.x servers may report these cases as 500.)
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The body exceeds the server's body limit (default 4.5 MB, `server.bodySizeLimit`). */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The run finished (success or failure), suspended, or was canceled. */
    WorkflowResult: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["WorkflowResult"];
      };
    };
  };
  parameters: {
    /**
     * @description The run's id.
     * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
     */
    runIdPath: string;
    /**
     * @description The run's id. When absent the server generates one.
     * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
     */
    runIdQueryOptional: string;
    /**
     * @description The run's id. The server answers 400 without it.
     * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
     */
    runIdQueryRequired: string;
    /**
     * @description The key the workflow was registered under with `Mastra` (which can differ from the
     *     workflow's own id).
     * @example testWorkflow
     */
    workflowId: string;
  };
  requestBodies: {
    ResumeRun: {
      content: {
        "application/json": components["schemas"]["ResumeRunBody"];
      };
    };
    /**
     * @description Must be JSON (send `content-type: application/json`: `runtimeContext` is read only from
     *     bodies labelled JSON). An empty body answers 500.
     */
    StartRun: {
      content: {
        "application/json": components["schemas"]["StartRunBody"];
      };
    };
  };
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  listWorkflows: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflows, keyed by registration key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowList"];
        };
      };
      500: components["responses"]["InternalServerError"];
    };
  };
  getWorkflow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workflow's details. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowInfo"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  createWorkflowRun: {
    parameters: {
      query?: {
        /**
         * @description The run's id. When absent the server generates one.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId?: components["parameters"]["runIdQueryOptional"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run's id. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreateRunResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
    };
  };
  resumeWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. The server answers 400 without it.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      /** @description The run was resumed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  resumeWorkflowRunAsync: {
    parameters: {
      query: {
        /**
         * @description The run's id. The server answers 400 without it.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      200: components["responses"]["WorkflowResult"];
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      504: components["responses"]["GatewayTimeout"];
    };
  };
  listWorkflowRuns: {
    parameters: {
      query?: {
        /**
         * @description Only runs created at or after this time (ISO 8601).
         * @example 2026-11-28T00:00:00.000Z
         */
        fromDate?: string;
        /**
         * @description Page size. The in-memory store ignores it unless `offset` is also given.
         * @example 20
         */
        limit?: number;
        /**
         * @description Number of runs to skip. The in-memory store ignores it unless `limit` is also given.
         * @example 0
         */
        offset?: number;
        /**
         * @description Only runs that belong to this resource.
         * @example user-123
         */
        resourceId?: string;
        /**
         * @description Only runs created at or before this time (ISO 8601).
         * @example 2026-11-29T00:00:00.000Z
         */
        toDate?: string;
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of runs and the total count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowRuns"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  getWorkflowRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored run, with its snapshot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowRun"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  cancelWorkflowRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run was cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  getWorkflowRunExecutionResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run's execution result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ExecutionResult"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  sendWorkflowRunEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SendEventBody"];
      };
    };
    responses: {
      /** @description The event was sent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  startWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. The server answers 400 without it.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["StartRun"];
    responses: {
      /** @description The run was started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MessageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  startWorkflowRunAsync: {
    parameters: {
      query?: {
        /**
         * @description The run's id. When absent the server generates one.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId?: components["parameters"]["runIdQueryOptional"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["StartRun"];
    responses: {
      200: components["responses"]["WorkflowResult"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
      504: components["responses"]["GatewayTimeout"];
    };
  };
  streamWorkflowRun: {
    parameters: {
      query?: {
        /**
         * @description The run's id. When absent the server generates one.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId?: components["parameters"]["runIdQueryOptional"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["StartRun"];
    responses: {
      /**
       * @description A stream of U+001E-terminated, single-encoded `StreamEvent`s (see the operation
       *     description). Empty on a missing `runId` or an unknown workflow.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": components["schemas"]["StreamBody"];
        };
      };
      500: components["responses"]["InternalServerError"];
    };
  };
  watchWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. The server answers 400 without it.
         * @example 7ed66aad-c03f-41bf-91a8-2302ecea2260
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra` (which can differ from the
         *     workflow's own id).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /**
       * @description A stream of U+001E-terminated, double-encoded `WatchRecord`s (see the operation
       *     description). Empty for an unknown workflow or run.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": components["schemas"]["WatchBody"];
        };
      };
      400: components["responses"]["BadRequest"];
    };
  };
}
