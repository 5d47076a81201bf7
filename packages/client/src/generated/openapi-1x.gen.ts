/**
 * Generated from openapi/workflows-1.x.yaml.
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
     * @description Returns every registered workflow, keyed by the key it was registered under with `Mastra`
     *     (`name` is the workflow's own id). With `partial=true` the steps are left out (`steps` and
     *     `allSteps` are `{}`, `stepCount` is added, no schemas).
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
     * @description Creates a run and stores a `pending` snapshot. Repeating it with the same `runId` answers the
     *     same id and does not reset a finished run. A `runId` in the body is ignored. Invalid JSON with
     *     `content-type: application/json` answers `400 Invalid request body`; without that header the
     *     body is ignored.
     */
    post: operations["createWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/observe": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replay a streamed run's events and follow it live
     * @description Replays the records cached by `stream`, `resume-stream` and `time-travel-stream` for this run
     *     (from index `offset`), then attaches to the live run; same framing as `stream`. Quirks:
     *
     *     - After a stream that suspended, the replay is followed by the suspended part **again**
     *       (without a second `workflow-finish`), then the body closes.
     *     - During a live streamed run, the first records repeat: dedupe by `(type, id, status)`.
     *     - Runs that were not started through a stream route (`start`, `start-async`, or only
     *       created) answer `200` with an **empty body** at once, even while they run.
     */
    post: operations["observeWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/restart": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart an active run without waiting
     * @description Restarts a run that is still active in storage (`running` or `waiting`, for example after the
     *     server restarted) from its last step. Answers `200` for any existing run; failures (a run that
     *     is not active) are only logged.
     */
    post: operations["restartWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/restart-async": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart an active run and wait for it to stop
     * @description Like `restart`, answering the run's result. A run that is not active (pending, suspended or
     *     finished) answers `500 This workflow run was not active`.
     */
    post: operations["restartWorkflowRunAsync"];
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a suspended run without waiting
     * @description Answers `200` for any existing run; failures (wrong step, bad `resumeData`, a run that is not
     *     suspended) are only logged, and the run keeps its status.
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a suspended run and wait for it to stop
     * @description `step` is optional when one step is suspended. A finished or canceled run answers
     *     `500 This workflow run was not suspended` (a `pending` run does too, after about 2 s); a wrong
     *     step answers `500` naming the suspended steps; bad or missing `resumeData` answers
     *     `400 Invalid resume data: …`.
     */
    post: operations["resumeWorkflowRunAsync"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/resume-no-wait": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a suspended run and answer with its id at once */
    post: operations["resumeWorkflowRunNoWait"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/resume-stream": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a suspended run and stream its events
     * @description Same framing as `stream`. Resuming a finished run answers `200` with `workflow-start` and a
     *     `failed` `workflow-finish` (`metadata.errorMessage: "This workflow run was not suspended"`),
     *     not `409`; a wrong step or bad `resumeData` arrive the same way. An unknown run answers `404`.
     */
    post: operations["resumeStreamWorkflowRun"];
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /**
     * List a workflow's stored runs
     * @description Lists runs from storage, newest first; `total` counts every matching run. Paging is
     *     `page` + `perPage`, or `limit` + `offset` (mapped to `page = floor(offset / limit)`). With the
     *     in-memory store each pair applies only when both are given. `perPage=0` answers
     *     `400 perPage must be a positive integer`; other bad values answer `400 Invalid query parameters`.
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
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    /**
     * Get a run's current state
     * @description The run's metadata and processed state, flat. `fields` narrows the state part; `runId`,
     *     `workflowName`, `resourceId`, `createdAt`, `updatedAt` and `status` are always included and
     *     naming them is a `400`. An unknown run, or a run of another workflow, answers `404`.
     */
    get: operations["getWorkflowRun"];
    put?: never;
    post?: never;
    /** Delete a stored run */
    delete: operations["deleteWorkflowRun"];
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
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
     * @description Sets the run `canceled` at once, whatever its status: pending, running, suspended and even
     *     finished (`success` becomes `canceled`, `result` kept). A running step completes, later steps
     *     never run; a live stream sends `workflow-canceled` then `workflow-finish` `canceled`. A
     *     canceled run cannot be resumed. Takes no request body.
     */
    post: operations["cancelWorkflowRun"];
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a created run without waiting
     * @description Starts a run created with `create-run` and answers at once. ⚠ Invalid or missing `inputData`
     *     is accepted (`200`): the error is only logged and the run stays `pending`. Starting a finished
     *     or suspended run again re-runs it with the new input.
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a run and wait for it to stop
     * @description Starts a run (creating it when `runId` is absent or unknown) and answers when it finishes,
     *     fails, suspends or pauses. A failed run answers `200` with `status: "failed"`. Invalid input,
     *     `{}` or no body answer `400 Invalid input data: …`.
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
     * @description Starts the run (it need not be created first) and streams its events as a chunked
     *     `text/plain` body of single-encoded `StreamEvent` records, each terminated by U+001E. The
     *     stream closes when the run finishes, and when it suspends unless `closeOnSuspend` is `false`;
     *     it does not close at a sleep. The records are cached for `observe`.
     *
     *     Failures after the response started (invalid input, for example) arrive as `workflow-start`
     *     then `workflow-finish` with `workflowStatus: "failed"` and `metadata.error`. Streaming a
     *     finished run answers `409`; streaming a suspended run answers `200` with only `workflow-start`.
     */
    post: operations["streamWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/time-travel": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-run a run from a given step without waiting
     * @description Re-executes an existing run from `step` (required) with new `inputData` (and optionally
     *     `resumeData`, `context` and `nestedStepsContext` for the steps before it). Answers at once; an
     *     unknown run answers `404`, a missing `step` answers `400 Invalid request body`.
     */
    post: operations["timeTravelWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/time-travel-async": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-run a run from a given step and wait for it to stop
     * @description Like `time-travel`, answering the run's result. `stepExecutionPath` grows with each time
     *     travel. A step that is not in the run's graph answers `500 Cannot time travel to step …`.
     */
    post: operations["timeTravelWorkflowRunAsync"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/{workflowId}/time-travel-stream": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-run a run from a given step and stream its events
     * @description Like `time-travel`, streaming the events with the framing of `stream`.
     */
    post: operations["timeTravelStreamWorkflowRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workflows/run-counts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count running and suspended runs per workflow
     * @description New in 1.x (a 0.x server takes `run-counts` for a workflow key and answers `404 Workflow not
     *     found`), which makes it the recommended probe for telling the generations apart.
     */
    get: operations["getWorkflowRunCounts"];
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
     * @description Body of `create-run` (optional).
     * @example {
     *       "resourceId": "user-123"
     *     }
     */
    CreateRunBody: {
      disableScorers?: boolean;
      /** @description The resource the run belongs to. */
      resourceId?: string;
    };
    /**
     * @example {
     *       "runId": "b2781c87-fe69-4303-80df-48947311176d"
     *     }
     */
    CreateRunResponse: {
      /** @description The given `runId`, or a generated UUID. */
      runId: string;
    };
    /**
     * @description One request validation problem.
     * @example {
     *       "field": "runId",
     *       "message": "Invalid input: expected string, received undefined"
     *     }
     */
    ErrorIssue: {
      /** @description The query parameter or body field (`body` for unparsable JSON). */
      field: string;
      message: string;
    };
    /**
     * @description The error body of every JSON error; request validation errors add `issues`.
     * @example {
     *       "error": "Workflow not found"
     *     }
     * @example {
     *       "error": "Invalid query parameters",
     *       "issues": [
     *         {
     *           "field": "status",
     *           "message": "Invalid option: expected one of \"running\"|\"waiting\"|\"suspended\"|\"success\"|\"failed\"|\"canceled\"|\"pending\"|\"bailed\"|\"tripwire\"|\"paused\"|\"skipped\""
     *         }
     *       ]
     *     }
     */
    ErrorResponse: {
      error: string;
      issues?: components["schemas"]["ErrorIssue"][];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The `workflowStatus` of a `workflow-finish` record.
     * @example suspended
     * @enum {string}
     */
    FinishStatus:
      "success" | "failed" | "suspended" | "canceled" | "tripwire" | "paused" | "bailed";
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
     *       "message": "Workflow run deleted"
     *     }
     * @example {
     *       "message": "Workflow run restarted"
     *     }
     * @example {
     *       "message": "Workflow run time travel started"
     *     }
     */
    MessageResponse: {
      message: string;
    };
    /**
     * @description Values made available to steps as their request context (stored in the snapshot's
     *     `requestContext`). The 0.x name `runtimeContext` is ignored by 1.x servers.
     * @example {
     *       "userId": "user-123"
     *     }
     */
    RequestContext: {
      [key: string]: unknown;
    };
    /**
     * @description Body of `restart` and `restart-async` (optional).
     * @example {}
     */
    RestartRunBody: {
      requestContext?: components["schemas"]["RequestContext"];
      tracingOptions?: components["schemas"]["TracingOptions"];
    };
    /**
     * @description Body of `resume`, `resume-async`, `resume-no-wait` and `resume-stream`.
     * @example {
     *       "step": "approval",
     *       "resumeData": {
     *         "approved": true,
     *         "approver": "ana"
     *       }
     *     }
     * @example {
     *       "resumeData": {
     *         "approved": true
     *       }
     *     }
     * @example {
     *       "step": [
     *         "nested-workflow",
     *         "approval"
     *       ],
     *       "resumeData": {
     *         "approved": false
     *       }
     *     }
     */
    ResumeRunBody: {
      /** @description The iteration to resume inside a `foreach` step. */
      forEachIndex?: number;
      perStep?: boolean;
      requestContext?: components["schemas"]["RequestContext"];
      /**
       * @description Data handed to the resumed step, validated against its `resumeSchema`. Required in
       *     practice: without it the server answers `400 Invalid resume data`.
       */
      resumeData?: unknown;
      /**
       * @description The suspended step to resume: its id, or its path as an array of ids for a step inside a
       *     nested workflow. Optional when one step is suspended.
       */
      step?: string | string[];
      tracingOptions?: components["schemas"]["TracingOptions"];
    };
    /**
     * @description Running and suspended runs per workflow, keyed by registration key.
     * @example {
     *       "testWorkflow": {
     *         "running": 1,
     *         "suspended": 2
     *       }
     *     }
     */
    RunCounts: {
      [key: string]: {
        running: number;
        suspended: number;
      };
    };
    /**
     * @description The answer of `resume-no-wait`.
     * @example {
     *       "runId": "b2781c87-fe69-4303-80df-48947311176d"
     *     }
     */
    RunIdResponse: {
      runId: string;
    };
    /**
     * @description A run's status: the 0.x statuses (`running`, `success`, `failed`, `suspended`, `waiting`,
     *     `pending`, `canceled`) plus `bailed`, `tripwire`, `paused` (after one step with `perStep`)
     *     and `skipped`. `pending` = created but not started.
     * @example suspended
     * @example paused
     * @enum {string}
     */
    RunStatus:
      | "running"
      | "success"
      | "failed"
      | "suspended"
      | "waiting"
      | "pending"
      | "canceled"
      | "bailed"
      | "tripwire"
      | "paused"
      | "skipped";
    /**
     * @description An error inside a result or record: `message`, usually `name`, and for Mastra's own errors
     *     `domain`, `category`, `code`, `details` and `cause`. Never a stack string.
     * @example {
     *       "message": "City not found: FAIL",
     *       "name": "Error"
     *     }
     * @example {
     *       "message": "Invalid input data: \n- city: Invalid input: expected string, received number",
     *       "domain": "MASTRA_WORKFLOW",
     *       "category": "USER",
     *       "code": "WORKFLOW_SCHEMA_VALIDATION_FAILED",
     *       "details": {
     *         "type": "input data"
     *       }
     *     }
     */
    SerializedError: {
      category?: string;
      cause?: unknown;
      code?: string;
      details?: {
        [key: string]: unknown;
      };
      domain?: string;
      message: string;
      name?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Body of `start` and `start-async`.
     * @example {
     *       "inputData": {
     *         "city": "Paris"
     *       }
     *     }
     * @example {
     *       "inputData": {
     *         "value": 3
     *       },
     *       "requestContext": {
     *         "userId": "user-123"
     *       },
     *       "resourceId": "user-123"
     *     }
     */
    StartRunBody: {
      /** @description The workflow state the run starts with. */
      initialState?: unknown;
      /** @description The run's input, validated against the workflow's `inputSchema`. */
      inputData?: unknown;
      /** @description Run one step, then pause (`paused`). */
      perStep?: boolean;
      requestContext?: components["schemas"]["RequestContext"];
      /** @description The resource the run belongs to. */
      resourceId?: string;
      tracingOptions?: components["schemas"]["TracingOptions"];
    };
    /**
     * @description One entry of a step graph. `step` entries carry the step (with `canSuspend` on 1.x); `sleep`
     *     entries carry `id` and `duration`; `parallel`, `conditional`, `loop` and `foreach` entries
     *     carry nested `steps` or one `step`.
     * @example {
     *       "type": "step",
     *       "step": {
     *         "id": "approval",
     *         "description": "Waits for a human to approve the trip",
     *         "canSuspend": true
     *       }
     *     }
     * @example {
     *       "type": "sleep",
     *       "id": "sleep_19927006-2a7d-4ebc-8d82-91356d206be4",
     *       "duration": 50
     *     }
     */
    StepGraphEntry: {
      duration?: number;
      id?: string;
      step?: {
        canSuspend?: boolean;
        description?: string;
        id?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description step, sleep, sleepUntil, waitForEvent, parallel, conditional, loop, foreach, … */
      type: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description One step's result. Fields appear as the step progresses. Results of the `*-async` routes
     *     leave `payload` out; stored runs (`GET runs/{runId}`) have it.
     * @example {
     *       "startedAt": 1796087487290,
     *       "status": "success",
     *       "resumePayload": {
     *         "approved": true,
     *         "approver": "ana"
     *       },
     *       "resumedAt": 1796087487306,
     *       "output": {
     *         "city": "Paris",
     *         "approved": true,
     *         "approver": "ana"
     *       },
     *       "endedAt": 1796087487306
     *     }
     * @example {
     *       "payload": {
     *         "city": "FAIL"
     *       },
     *       "startedAt": 1796087487319,
     *       "status": "failed",
     *       "error": {
     *         "message": "City not found: FAIL"
     *       },
     *       "endedAt": 1796087487320
     *     }
     */
    StepResult: {
      /** @description Epoch milliseconds. */
      endedAt?: number;
      error?: components["schemas"]["SerializedError"];
      metadata?: {
        [key: string]: unknown;
      };
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
      suspendOutput?: unknown;
      /** @description What the step passed to `suspend()`. */
      suspendPayload?: unknown;
      tripwire?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A step result's status.
     * @example success
     * @enum {string}
     */
    StepStatus:
      | "running"
      | "success"
      | "failed"
      | "suspended"
      | "waiting"
      | "canceled"
      | "paused"
      | "skipped";
    /**
     * @description A raw 1.x stream body: `StreamEvent`s, each encoded once as `JSON.stringify(event)` and
     *     terminated by U+001E. `x-record-schema` names the decoded record's schema.
     */
    StreamBody: string;
    /**
     * @description One record of a 1.x stream body, discriminated on `type`. The envelope is always
     *     `{type, runId, from: "WORKFLOW", payload}`. Clients should pass records of other types
     *     through rather than drop them: Mastra also defines `workflow-step-progress` (foreach
     *     progress) and `workflow-step-output` (custom step writes), not seen with the sample workflows.
     * @example {
     *       "type": "workflow-start",
     *       "runId": "fixture-city-fail-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "workflowId": "city-workflow"
     *       }
     *     }
     */
    StreamEvent:
      | components["schemas"]["WorkflowStartEvent"]
      | components["schemas"]["WorkflowStepStartEvent"]
      | components["schemas"]["WorkflowStepResultEvent"]
      | components["schemas"]["WorkflowStepSuspendedEvent"]
      | components["schemas"]["WorkflowStepWaitingEvent"]
      | components["schemas"]["WorkflowCanceledEvent"]
      | components["schemas"]["WorkflowPausedEvent"]
      | components["schemas"]["WorkflowFinishEvent"];
    /**
     * @description Body of `stream`.
     * @example {
     *       "inputData": {
     *         "city": "Paris"
     *       }
     *     }
     * @example {
     *       "inputData": {
     *         "city": "Paris"
     *       },
     *       "closeOnSuspend": false
     *     }
     */
    StreamRunBody: {
      /** @description Close the stream when the run suspends (the default); `false` keeps it open. */
      closeOnSuspend?: boolean;
      /** @description The workflow state the run starts with. */
      initialState?: unknown;
      /** @description The run's input, validated against the workflow's `inputSchema`. */
      inputData?: unknown;
      /** @description Run one step, then pause (`paused`). */
      perStep?: boolean;
      requestContext?: components["schemas"]["RequestContext"];
      /** @description The resource the run belongs to. */
      resourceId?: string;
      tracingOptions?: components["schemas"]["TracingOptions"];
    };
    /**
     * @description The step part of a step record: `stepName` and `id` name the step; `stepCallId` is absent on
     *     sleep steps.
     * @example {
     *       "stepName": "double",
     *       "id": "double",
     *       "stepCallId": "cd2e8bd3-4d4b-40bd-a3c6-d6115a549aea",
     *       "payload": {
     *         "value": 3
     *       },
     *       "startedAt": 1795871338891,
     *       "status": "running"
     *     }
     */
    StreamStepPayload: {
      endedAt?: number;
      error?: components["schemas"]["SerializedError"];
      id: string;
      /** @description The step's output (on success). */
      output?: unknown;
      /** @description The step's input. */
      payload?: unknown;
      resumedAt?: number;
      /** @description The `resumeData` (on a resumed step). */
      resumePayload?: unknown;
      /** @description Epoch milliseconds. */
      startedAt?: number;
      status: components["schemas"]["StepStatus"];
      stepCallId?: string;
      stepName?: string;
      suspendedAt?: number;
      /** @description What the step passed to `suspend()`. */
      suspendPayload?: unknown;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Token usage of the run (zeros for workflows without agents).
     * @example {
     *       "inputTokens": 0,
     *       "outputTokens": 0,
     *       "totalTokens": 0,
     *       "cachedInputTokens": 0,
     *       "cacheCreationInputTokens": 0,
     *       "reasoningTokens": 0
     *     }
     */
    StreamUsage: {
      [key: string]: number;
    };
    /**
     * @description Body of `time-travel`, `time-travel-async` and `time-travel-stream`.
     * @example {
     *       "step": "validate-city",
     *       "inputData": {
     *         "city": "Rome"
     *       }
     *     }
     * @example {
     *       "step": "approval",
     *       "inputData": {
     *         "city": "Rome",
     *         "normalized": "ROME"
     *       },
     *       "resumeData": {
     *         "approved": true
     *       },
     *       "context": {
     *         "validate-city": {
     *           "status": "success",
     *           "payload": {
     *             "city": "Rome"
     *           },
     *           "output": {
     *             "city": "Rome",
     *             "normalized": "ROME"
     *           }
     *         }
     *       }
     *     }
     */
    TimeTravelBody: {
      /** @description Step results to assume for the steps before the target, by step id. */
      context?: {
        [key: string]: components["schemas"]["TimeTravelContextEntry"];
      };
      /** @description The workflow state to start from. */
      initialState?: unknown;
      /** @description The input of the target step. */
      inputData?: unknown;
      /** @description The same for steps of nested workflows, by nested workflow id then step id. */
      nestedStepsContext?: {
        [key: string]: {
          [key: string]: components["schemas"]["TimeTravelContextEntry"];
        };
      };
      perStep?: boolean;
      requestContext?: components["schemas"]["RequestContext"];
      /** @description Resume data for the target step, when it suspends. */
      resumeData?: unknown;
      /** @description The step to re-run from (its id, or its path as an array of ids inside a nested workflow). */
      step: string | string[];
      tracingOptions?: components["schemas"]["TracingOptions"];
    };
    /**
     * @description The recorded result to assume for one step before the time-travel target.
     * @example {
     *       "status": "success",
     *       "payload": {
     *         "city": "Rome"
     *       },
     *       "output": {
     *         "city": "Rome",
     *         "normalized": "ROME"
     *       }
     *     }
     */
    TimeTravelContextEntry: {
      endedAt?: number;
      output?: unknown;
      payload?: unknown;
      resumePayload?: unknown;
      startedAt?: number;
      status?: components["schemas"]["StepStatus"];
      suspendPayload?: unknown;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Tracing options for the run's spans.
     * @example {
     *       "rootSpanName": "trip",
     *       "tags": [
     *         "demo"
     *       ]
     *     }
     */
    TracingOptions: {
      hideInput?: boolean;
      hideOutput?: boolean;
      metadata?: {
        [key: string]: unknown;
      };
      parentSpanId?: string;
      requestContextKeys?: string[];
      rootSpanName?: string;
      tags?: string[];
      traceId?: string;
    };
    /**
     * @description The run was canceled (`runs/{runId}/cancel`) while streaming; `workflow-finish` follows.
     * @example {
     *       "type": "workflow-canceled",
     *       "runId": "cs-1",
     *       "from": "WORKFLOW",
     *       "payload": {}
     *     }
     */
    WorkflowCanceledEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: Record<string, unknown>;
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-canceled";
    };
    /**
     * @description The last record of a run's stream. `finalWorkflowResult` on success. A failed step's error is
     *     only in its `workflow-step-result`; `metadata.error` and `metadata.errorMessage` appear when
     *     the run failed before any step (invalid input, wrong resume step, resuming a finished run).
     * @example {
     *       "type": "workflow-finish",
     *       "runId": "fixture-pipe-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "workflowStatus": "success",
     *         "metadata": {},
     *         "output": {
     *           "usage": {
     *             "inputTokens": 0,
     *             "outputTokens": 0,
     *             "totalTokens": 0,
     *             "cachedInputTokens": 0,
     *             "cacheCreationInputTokens": 0,
     *             "reasoningTokens": 0
     *           }
     *         },
     *         "finalWorkflowResult": {
     *           "value": 7
     *         }
     *       }
     *     }
     */
    WorkflowFinishEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: {
        /** @description The workflow's output (on success). */
        finalWorkflowResult?: unknown;
        metadata?: {
          error?: components["schemas"]["SerializedError"];
          errorMessage?: string;
        } & {
          [key: string]: unknown;
        };
        output?: {
          usage?: components["schemas"]["StreamUsage"];
        } & {
          [key: string]: unknown;
        };
        workflowStatus: components["schemas"]["FinishStatus"];
      };
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-finish";
    };
    /**
     * @description A workflow's description. Keys in the order `name, description, origin, steps, allSteps,
     *     stepGraph, inputSchema, outputSchema, options, isProcessorWorkflow`; `stepCount` only with
     *     `?partial=true`.
     * @example {
     *       "name": "failing-workflow",
     *       "description": "Fails in its second step",
     *       "stepCount": 2,
     *       "stepGraph": [
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "prepare",
     *             "description": "Always succeeds",
     *             "canSuspend": false
     *           }
     *         },
     *         {
     *           "type": "step",
     *           "step": {
     *             "id": "boom",
     *             "description": "Always throws",
     *             "canSuspend": false
     *           }
     *         }
     *       ],
     *       "options": {
     *         "validateInputs": true,
     *         "emitStepEvents": true
     *       },
     *       "steps": {},
     *       "allSteps": {},
     *       "origin": "code"
     *     }
     */
    WorkflowInfo: {
      allSteps: {
        [key: string]: components["schemas"]["WorkflowStepInfo"];
      };
      description?: string;
      inputSchema?: string;
      isProcessorWorkflow?: boolean;
      /** @description The workflow's own id. */
      name: string;
      options?: {
        [key: string]: unknown;
      };
      /** @description `code` for workflows defined in code. */
      origin?: string;
      outputSchema?: string;
      stateSchema?: string;
      stepCount?: number;
      stepGraph: components["schemas"]["StepGraphEntry"][];
      steps: {
        [key: string]: components["schemas"]["WorkflowStepInfo"];
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description Every workflow, keyed by registration key.
     * @example {}
     */
    WorkflowList: {
      [key: string]: components["schemas"]["WorkflowInfo"];
    };
    /**
     * @description The run paused after one step (with `perStep`); `workflow-finish` follows.
     * @example {
     *       "type": "workflow-paused",
     *       "runId": "ps-1",
     *       "from": "WORKFLOW",
     *       "payload": {}
     *     }
     */
    WorkflowPausedEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: Record<string, unknown>;
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-paused";
    };
    /**
     * @description The answer of `start-async`, `resume-async`, `restart-async` and `time-travel-async`,
     *     discriminated on `status`.
     * @example {
     *       "status": "suspended",
     *       "steps": {
     *         "input": {
     *           "city": "Rome"
     *         },
     *         "validate-city": {
     *           "status": "success",
     *           "payload": {
     *             "city": "Rome"
     *           },
     *           "startedAt": 1796087487365,
     *           "output": {
     *             "city": "Rome",
     *             "normalized": "ROME"
     *           },
     *           "endedAt": 1796087487365
     *         },
     *         "approval": {
     *           "startedAt": 1796087487365,
     *           "status": "suspended",
     *           "suspendPayload": {
     *             "message": "Approve trip to Rome?",
     *             "city": "Rome"
     *           },
     *           "suspendedAt": 1796087487365
     *         }
     *       },
     *       "input": {
     *         "city": "Rome"
     *       },
     *       "stepExecutionPath": [
     *         "validate-city",
     *         "approval",
     *         "validate-city",
     *         "approval"
     *       ],
     *       "suspended": [
     *         [
     *           "approval"
     *         ]
     *       ],
     *       "suspendPayload": {
     *         "approval": {
     *           "message": "Approve trip to Rome?",
     *           "city": "Rome"
     *         }
     *       },
     *       "runId": "bee366e1-0475-4dde-83c7-256c128338ce"
     *     }
     */
    WorkflowResult:
      | components["schemas"]["WorkflowResultSuccess"]
      | components["schemas"]["WorkflowResultFailed"]
      | components["schemas"]["WorkflowResultSuspended"]
      | components["schemas"]["WorkflowResultTripwire"]
      | components["schemas"]["WorkflowResultPaused"]
      | components["schemas"]["WorkflowResultCanceled"];
    /**
     * @description Fields every `*-async` result has.
     * @example {
     *       "status": "paused",
     *       "steps": {
     *         "input": {
     *           "city": "Paris"
     *         }
     *       },
     *       "input": {
     *         "city": "Paris"
     *       },
     *       "stepExecutionPath": [
     *         "validate-city"
     *       ],
     *       "runId": "ps-1"
     *     }
     */
    WorkflowResultBase: {
      /** @description The run's input. */
      input?: unknown;
      resumeLabels?: {
        [key: string]: unknown;
      };
      runId?: string;
      /** @description The workflow state. */
      state?: unknown;
      status: components["schemas"]["WorkflowResultStatus"];
      /** @description The ids of the steps executed, in order (time travel and restarts append). */
      stepExecutionPath?: string[];
      steps: components["schemas"]["WorkflowSteps"];
    };
    /**
     * @example {
     *       "status": "canceled",
     *       "steps": {
     *         "input": {
     *           "city": "SLOW"
     *         }
     *       }
     *     }
     */
    WorkflowResultCanceled: components["schemas"]["WorkflowResultBase"] & {
      /** @constant */
      status: "canceled";
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "canceled";
    };
    /**
     * @example {
     *       "status": "failed",
     *       "steps": {
     *         "input": {
     *           "city": "FAIL"
     *         },
     *         "validate-city": {
     *           "startedAt": 1796087487319,
     *           "status": "failed",
     *           "error": {
     *             "message": "City not found: FAIL",
     *             "name": "Error"
     *           },
     *           "endedAt": 1796087487320
     *         }
     *       },
     *       "input": {
     *         "city": "FAIL"
     *       },
     *       "stepExecutionPath": [
     *         "validate-city"
     *       ],
     *       "error": {
     *         "message": "City not found: FAIL",
     *         "name": "Error"
     *       },
     *       "runId": "00f911a7-1436-4bd7-960f-8da83c315c2f"
     *     }
     */
    WorkflowResultFailed: components["schemas"]["WorkflowResultBase"] & {
      error: components["schemas"]["SerializedError"];
      /** @constant */
      status: "failed";
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "failed";
    };
    /**
     * @example {
     *       "status": "paused",
     *       "steps": {
     *         "input": {
     *           "city": "Paris"
     *         }
     *       },
     *       "input": {
     *         "city": "Paris"
     *       }
     *     }
     */
    WorkflowResultPaused: components["schemas"]["WorkflowResultBase"] & {
      /** @constant */
      status: "paused";
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "paused";
    };
    /**
     * @description The status of a `*-async` result.
     * @example success
     * @enum {string}
     */
    WorkflowResultStatus: "success" | "failed" | "suspended" | "canceled" | "tripwire" | "paused";
    /**
     * @example {
     *       "status": "success",
     *       "steps": {
     *         "input": {
     *           "city": "AUTO"
     *         },
     *         "validate-city": {
     *           "startedAt": 1796087487327,
     *           "status": "success",
     *           "output": {
     *             "city": "AUTO",
     *             "normalized": "AUTO"
     *           },
     *           "endedAt": 1796087487328
     *         },
     *         "approval": {
     *           "startedAt": 1796087487328,
     *           "status": "success",
     *           "output": {
     *             "city": "AUTO",
     *             "approved": true
     *           },
     *           "endedAt": 1796087487329
     *         },
     *         "finalize": {
     *           "startedAt": 1796087487329,
     *           "status": "success",
     *           "output": {
     *             "summary": "AUTO: approved",
     *             "approved": true
     *           },
     *           "endedAt": 1796087487329
     *         }
     *       },
     *       "input": {
     *         "city": "AUTO"
     *       },
     *       "stepExecutionPath": [
     *         "validate-city",
     *         "approval",
     *         "finalize"
     *       ],
     *       "result": {
     *         "summary": "AUTO: approved",
     *         "approved": true
     *       },
     *       "runId": "7ce740cb-c8c0-4ef4-9a0b-c9619d20f0bd"
     *     }
     */
    WorkflowResultSuccess: components["schemas"]["WorkflowResultBase"] & {
      /** @description The workflow's output (absent when it is undefined). */
      result?: unknown;
      /** @constant */
      status: "success";
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "success";
    };
    /**
     * @example {
     *       "status": "suspended",
     *       "steps": {
     *         "input": {
     *           "city": "Paris"
     *         },
     *         "validate-city": {
     *           "startedAt": 1796087487289,
     *           "status": "success",
     *           "output": {
     *             "city": "Paris",
     *             "normalized": "PARIS"
     *           },
     *           "endedAt": 1796087487289
     *         },
     *         "approval": {
     *           "startedAt": 1796087487290,
     *           "status": "suspended",
     *           "suspendPayload": {
     *             "message": "Approve trip to Paris?",
     *             "city": "Paris"
     *           },
     *           "suspendedAt": 1796087487290
     *         }
     *       },
     *       "input": {
     *         "city": "Paris"
     *       },
     *       "stepExecutionPath": [
     *         "validate-city",
     *         "approval"
     *       ],
     *       "suspended": [
     *         [
     *           "approval"
     *         ]
     *       ],
     *       "suspendPayload": {
     *         "approval": {
     *           "message": "Approve trip to Paris?",
     *           "city": "Paris"
     *         }
     *       },
     *       "runId": "b2781c87-fe69-4303-80df-48947311176d"
     *     }
     */
    WorkflowResultSuspended: components["schemas"]["WorkflowResultBase"] & {
      /** @constant */
      status: "suspended";
      /** @description The suspended steps, each as a path of step ids. */
      suspended: string[][];
      /** @description What each suspended step passed to `suspend()`, keyed by step id. */
      suspendPayload?: {
        [key: string]: unknown;
      };
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "suspended";
    };
    /**
     * @example {
     *       "status": "tripwire",
     *       "steps": {
     *         "input": {}
     *       },
     *       "tripwire": {
     *         "reason": "blocked by a processor"
     *       }
     *     }
     */
    WorkflowResultTripwire: components["schemas"]["WorkflowResultBase"] & {
      /** @constant */
      status: "tripwire";
      /** @description Why a processor stopped the run. */
      tripwire?: {
        metadata?: {
          [key: string]: unknown;
        };
        processorId?: string;
        reason?: string;
        retry?: boolean;
      };
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      status: "tripwire";
    };
    /**
     * @description One stored run. The in-memory store adds snake_case copies `workflow_name` and `run_id`;
     *     LibSQL adds `resourceId` (`null` when unset).
     * @example {
     *       "workflowName": "city-workflow",
     *       "runId": "ps-1",
     *       "snapshot": "{}",
     *       "createdAt": "2026-12-01T01:10:45.512Z",
     *       "updatedAt": "2026-12-01T01:10:45.525Z",
     *       "resourceId": null
     *     }
     */
    WorkflowRun: {
      /** Format: date-time */
      createdAt: string;
      resourceId?: string | null;
      run_id?: string;
      runId: string;
      snapshot: components["schemas"]["WorkflowRunSnapshot"];
      /** Format: date-time */
      updatedAt: string;
      workflow_name?: string;
      workflowName: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A stored run, flat (`GET runs/{runId}`): metadata, status, and the processed state. `steps`
     *     has no `input` key; `payload` is the run input (absent while `pending`); `result` on success,
     *     `error` on failure. With `fields`, only the named state fields follow the metadata.
     * @example {
     *       "runId": "b2781c87-fe69-4303-80df-48947311176d",
     *       "workflowName": "city-workflow",
     *       "createdAt": "2026-12-01T01:11:27.228Z",
     *       "updatedAt": "2026-12-01T01:11:27.306Z",
     *       "status": "success",
     *       "result": {
     *         "summary": "Paris: approved by ana",
     *         "approved": true
     *       }
     *     }
     */
    WorkflowRunResult: {
      /** @description Running steps and their positions in the graph. */
      activeStepsPath?: {
        [key: string]: number[];
      };
      /** Format: date-time */
      createdAt: string;
      error?: components["schemas"]["SerializedError"];
      initialState?: {
        [key: string]: unknown;
      };
      /** @description The run's input. */
      payload?: unknown;
      resourceId?: string;
      /** @description The workflow's output (on success). */
      result?: unknown;
      resumeLabels?: {
        [key: string]: unknown;
      };
      runId: string;
      serializedStepGraph?: components["schemas"]["StepGraphEntry"][];
      status: components["schemas"]["RunStatus"];
      steps?: {
        [key: string]: components["schemas"]["StepResult"];
      };
      /** @description Suspended steps and their positions in the graph. */
      suspendedPaths?: {
        [key: string]: number[];
      };
      /** Format: date-time */
      updatedAt: string;
      waitingPaths?: {
        [key: string]: number[];
      };
      /** @description The workflow's own id. */
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
      /** @description The number of matching runs (not the page size). */
      total: number;
    };
    /**
     * @description A run's stored snapshot as the storage keeps it (or its raw text when it could not be parsed).
     * @example {
     *       "runId": "ps-1",
     *       "status": "paused",
     *       "value": {},
     *       "context": {
     *         "input": {
     *           "city": "Paris"
     *         }
     *       },
     *       "activePaths": [],
     *       "timestamp": 1796087445525
     *     }
     */
    WorkflowRunSnapshot:
      | ({
          activePaths?: number[];
          activeStepsPath?: {
            [key: string]: unknown;
          };
          /** @description The raw input under `input`, then each step's result by step id. */
          context?: {
            [key: string]: unknown;
          };
          error?: components["schemas"]["SerializedError"];
          requestContext?: components["schemas"]["RequestContext"];
          result?: unknown;
          resumeLabels?: {
            [key: string]: unknown;
          };
          runId: string;
          serializedStepGraph?: components["schemas"]["StepGraphEntry"][];
          status: components["schemas"]["RunStatus"];
          stepExecutionPath?: string[];
          suspendedPaths?: {
            [key: string]: unknown;
          };
          /** @description Epoch milliseconds. */
          timestamp?: number;
          tracingContext?: {
            [key: string]: unknown;
          };
          value?: {
            [key: string]: unknown;
          };
          waitingPaths?: {
            [key: string]: unknown;
          };
        } & {
          [key: string]: unknown;
        })
      | string;
    /**
     * @example {
     *       "type": "workflow-start",
     *       "runId": "fixture-city-fail-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "workflowId": "city-workflow"
     *       }
     *     }
     */
    WorkflowStartEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: {
        /** @description The workflow's own id. */
        workflowId: string;
      };
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-start";
    };
    /**
     * @description One step of a workflow. Schemas are **strings**: superjson-wrapped draft-07 JSON Schema
     *     (`{"json":{…}}`). In `allSteps`, `isWorkflow` tells nested workflows apart.
     * @example {
     *       "id": "double",
     *       "description": "Doubles the value",
     *       "isWorkflow": false
     *     }
     */
    WorkflowStepInfo: {
      description?: string;
      id: string;
      inputSchema?: string;
      isWorkflow?: boolean;
      outputSchema?: string;
      resumeSchema?: string;
      stateSchema?: string;
      suspendSchema?: string;
    } & {
      [key: string]: unknown;
    };
    /**
     * @example {
     *       "type": "workflow-step-result",
     *       "runId": "fixture-city-fail-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "stepName": "validate-city",
     *         "id": "validate-city",
     *         "stepCallId": "1bae6af0-0207-40a0-bd62-cfe726a4b30f",
     *         "payload": {
     *           "city": "FAIL"
     *         },
     *         "startedAt": 1795871338804,
     *         "status": "failed",
     *         "error": {
     *           "message": "City not found: FAIL",
     *           "name": "Error"
     *         },
     *         "endedAt": 1795871338806
     *       }
     *     }
     */
    WorkflowStepResultEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: components["schemas"]["StreamStepPayload"];
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-step-result";
    };
    /**
     * @description The steps map of a `*-async` result. The `input` key holds the **raw run input** (not a
     *     `StepResult`); every other key is a step id mapped to its `StepResult`.
     * @example {
     *       "input": {
     *         "value": 3
     *       },
     *       "double": {
     *         "startedAt": 1796087487375,
     *         "status": "success",
     *         "output": {
     *           "value": 6
     *         },
     *         "endedAt": 1796087487375
     *       }
     *     }
     */
    WorkflowSteps: {
      /** @description The raw run input (not a step result). */
      input?: unknown;
    } & {
      [key: string]: components["schemas"]["StepResult"];
    };
    /**
     * @example {
     *       "type": "workflow-step-start",
     *       "runId": "fixture-city-fail-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "stepName": "validate-city",
     *         "id": "validate-city",
     *         "stepCallId": "1bae6af0-0207-40a0-bd62-cfe726a4b30f",
     *         "payload": {
     *           "city": "FAIL"
     *         },
     *         "startedAt": 1795871338804,
     *         "status": "running"
     *       }
     *     }
     */
    WorkflowStepStartEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: components["schemas"]["StreamStepPayload"] & {
        /** @constant */
        status?: "running";
      };
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-step-start";
    };
    /**
     * @example {
     *       "type": "workflow-step-suspended",
     *       "runId": "p-tt",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "stepName": "approval",
     *         "id": "approval",
     *         "stepCallId": "4fabbe2f-5602-4744-86db-15942bcca7c3",
     *         "payload": {
     *           "city": "Lima",
     *           "normalized": "LIMA"
     *         },
     *         "startedAt": 1796087422016,
     *         "status": "suspended",
     *         "suspendPayload": {
     *           "message": "Approve trip to Lima?",
     *           "city": "Lima"
     *         },
     *         "suspendedAt": 1796087422018
     *       }
     *     }
     */
    WorkflowStepSuspendedEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: components["schemas"]["StreamStepPayload"] & {
        /** @constant */
        status?: "suspended";
      };
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-step-suspended";
    };
    /**
     * @description A sleep step started (`.sleep()`, `.sleepUntil()`); it has no `stepCallId`.
     * @example {
     *       "type": "workflow-step-waiting",
     *       "runId": "fixture-pipe-1",
     *       "from": "WORKFLOW",
     *       "payload": {
     *         "stepName": "sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8",
     *         "id": "sleep_ac9f0724-f499-4259-9e91-6ceca4b7a0f8",
     *         "payload": {
     *           "value": 6
     *         },
     *         "startedAt": 1795871338892,
     *         "status": "waiting"
     *       }
     *     }
     */
    WorkflowStepWaitingEvent: {
      /** @constant */
      from: "WORKFLOW";
      payload: components["schemas"]["StreamStepPayload"] & {
        /** @constant */
        status?: "waiting";
      };
      runId: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "workflow-step-waiting";
    };
  };
  responses: {
    /** @description A parameter or the body is missing or invalid. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The run already finished; it cannot be streamed again. */
    Conflict: {
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
     *     instead.)
     */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The body exceeds the server's body limit (default 4.5 MB). */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /**
     * @description A stream of U+001E-terminated, single-encoded `StreamEvent`s (`content-type: text/plain`
     *     without a charset, `transfer-encoding: chunked`).
     */
    Stream: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "text/plain": components["schemas"]["StreamBody"];
      };
    };
  };
  parameters: {
    /**
     * @description The run's id.
     * @example b2781c87-fe69-4303-80df-48947311176d
     */
    runIdPath: string;
    /**
     * @description The run's id. When absent the server generates one.
     * @example b2781c87-fe69-4303-80df-48947311176d
     */
    runIdQueryOptional: string;
    /**
     * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
     *     with `runId=` (empty) it answers `400` with a route-specific message such as
     *     `runId required to start run`.
     * @example b2781c87-fe69-4303-80df-48947311176d
     */
    runIdQueryRequired: string;
    /**
     * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
     *     on 1.x (the key is tried first).
     * @example testWorkflow
     */
    workflowId: string;
  };
  requestBodies: {
    RestartRun: {
      content: {
        "application/json": components["schemas"]["RestartRunBody"];
      };
    };
    ResumeRun: {
      content: {
        "application/json": components["schemas"]["ResumeRunBody"];
      };
    };
    /**
     * @description Must be JSON with `content-type: application/json`; invalid JSON answers
     *     `400 Invalid request body`.
     */
    StartRun: {
      content: {
        "application/json": components["schemas"]["StartRunBody"];
      };
    };
    StreamRun: {
      content: {
        "application/json": components["schemas"]["StreamRunBody"];
      };
    };
    TimeTravel: {
      content: {
        "application/json": components["schemas"]["TimeTravelBody"];
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
      query?: {
        /**
         * @description Leave out steps and schemas.
         * @example true
         */
        partial?: "true" | "false";
      };
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
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId?: components["parameters"]["runIdQueryOptional"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["CreateRunBody"];
      };
    };
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
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  observeWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description Index of the first cached record to replay (records before it are skipped).
         * @example 2
         */
        offset?: number;
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The replayed then live events; empty for runs never streamed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": components["schemas"]["StreamBody"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  restartWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["RestartRun"];
    responses: {
      /** @description The restart was started. */
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
  restartWorkflowRunAsync: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: components["requestBodies"]["RestartRun"];
    responses: {
      /** @description The run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  resumeWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      /** @description The resume was started. */
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
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      /** @description The run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  resumeWorkflowRunNoWait: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      /** @description The resume was started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunIdResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  resumeStreamWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["ResumeRun"];
    responses: {
      /** @description The resumed run's events (U+001E-terminated, single-encoded `StreamEvent`s). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": components["schemas"]["StreamBody"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
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
         * @description Page size (with `offset`).
         * @example 20
         */
        limit?: number;
        /**
         * @description Number of runs to skip (with `limit`).
         * @example 0
         */
        offset?: number;
        /**
         * @description Zero-based page index (with `perPage`).
         * @example 0
         */
        page?: number;
        /**
         * @description Page size (with `page`).
         * @example 20
         */
        perPage?: number;
        /**
         * @description Only runs that belong to this resource.
         * @example user-123
         */
        resourceId?: string;
        /**
         * @description Only runs with this status.
         * @example suspended
         */
        status?: components["schemas"]["RunStatus"];
        /**
         * @description Only runs created at or before this time (ISO 8601).
         * @example 2026-11-29T00:00:00.000Z
         */
        toDate?: string;
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  getWorkflowRun: {
    parameters: {
      query?: {
        /**
         * @description Comma-separated subset of `result`, `error`, `payload`, `steps`, `activeStepsPath`,
         *     `serializedStepGraph`. Any other name answers `400 Invalid query parameters`.
         * @example result,error
         */
        fields?: string;
        /**
         * @description Include the step results of nested workflows.
         * @example true
         */
        withNestedWorkflows?: "true" | "false";
      };
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowRunResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  deleteWorkflowRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run was deleted. */
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
  cancelWorkflowRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The run's id.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdPath"];
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
  startWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
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
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId?: components["parameters"]["runIdQueryOptional"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["StartRun"];
    responses: {
      /** @description The run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      500: components["responses"]["InternalServerError"];
    };
  };
  streamWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["StreamRun"];
    responses: {
      200: components["responses"]["Stream"];
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      500: components["responses"]["InternalServerError"];
    };
  };
  timeTravelWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["TimeTravel"];
    responses: {
      /** @description The time travel was started. */
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
  timeTravelWorkflowRunAsync: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["TimeTravel"];
    responses: {
      /** @description The run's result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkflowResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  timeTravelStreamWorkflowRun: {
    parameters: {
      query: {
        /**
         * @description The run's id. Without it the server answers `400 Invalid query parameters` with `issues`;
         *     with `runId=` (empty) it answers `400` with a route-specific message such as
         *     `runId required to start run`.
         * @example b2781c87-fe69-4303-80df-48947311176d
         */
        runId: components["parameters"]["runIdQueryRequired"];
      };
      header?: never;
      path: {
        /**
         * @description The key the workflow was registered under with `Mastra`. The workflow's own id also works
         *     on 1.x (the key is tried first).
         * @example testWorkflow
         */
        workflowId: components["parameters"]["workflowId"];
      };
      cookie?: never;
    };
    requestBody: components["requestBodies"]["TimeTravel"];
    responses: {
      /** @description The re-run's events (U+001E-terminated, single-encoded `StreamEvent`s). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/plain": components["schemas"]["StreamBody"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["InternalServerError"];
    };
  };
  getWorkflowRunCounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts, keyed by registration key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunCounts"];
        };
      };
      500: components["responses"]["InternalServerError"];
    };
  };
}
