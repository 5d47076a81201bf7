import type { Scenario } from "../types.js";
import { HALF_A_SLOW_STEP_MS } from "./inspection.js";
import { CITY, UNKNOWN_WORKFLOW, sampleRuns } from "./workflows.js";

/** Why the send-event scenarios do not run on 1.x. */
const NO_SEND_EVENT_IN_1X =
  "Mastra 1.x removed POST runs/{runId}/send-event (404 text/plain) and the client refuses " +
  "sendRunEvent there without a request; v1/removed-routes checks both";

/** `cancelRun` and `sendRunEvent`. */
export const cancelEventScenarios: readonly Scenario[] = [
  {
    id: "cancel/running",
    title: "cancelRun of a running run stops it as canceled",
    workflows: [CITY],
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.start({ runId, inputData: { city: "SLOW" } });
      await ctx.sleep(HALF_A_SLOW_STEP_MS);
      await ctx.call("runExecutionResult before cancel", () => wf.runExecutionResult(runId));
      await ctx.call("cancelRun()", () => wf.cancelRun(runId));
      await ctx.settle("state after cancel", CITY, runId);
      await ctx.call("runById after cancel", () => wf.runById(runId));
      await ctx.call("cancelRun() again", () => wf.cancelRun(runId));
    },
  },
  ...sampleRuns.map(({ name, workflow, inputData }): Scenario => ({
    id: `cancel/stopped/${name}`,
    title: `cancelRun of a ${workflow} run that stopped, and of a created run`,
    workflows: [workflow],
    async run(ctx) {
      const wf = ctx.workflow(workflow);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData });
      await ctx.call("cancelRun() of the stopped run", () => wf.cancelRun(runId));
      await ctx.call("runExecutionResult after cancel", () => wf.runExecutionResult(runId));
      const pending = ctx.runId("pending");
      await wf.createRun({ runId: pending });
      await ctx.call("cancelRun() of a pending run", () => wf.cancelRun(pending));
      await ctx.call("runExecutionResult of the canceled pending run", () =>
        wf.runExecutionResult(pending),
      );
    },
  })),
  {
    id: "cancel/unknown",
    title: "cancelRun of a run never created and on an unknown workflow",
    workflows: [CITY],
    async run(ctx) {
      const never = ctx.runId("never");
      await ctx.call("cancelRun() of a run never created", () =>
        ctx.workflow(CITY).cancelRun(never),
      );
      await ctx.call("cancelRun() on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).cancelRun(never),
      );
    },
  },
  {
    id: "send-event/suspended",
    title: "sendRunEvent to a suspended run is acknowledged and changes nothing",
    workflows: [CITY],
    notIn: { "1.x": NO_SEND_EVENT_IN_1X },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const runId = ctx.runId("run");
      await wf.createRun({ runId });
      await wf.startAsync({ runId, inputData: { city: "Kyiv" } });
      await ctx.call("sendRunEvent()", () =>
        wf.sendRunEvent({ runId, event: "ping", data: { a: 1 } }),
      );
      await ctx.call("sendRunEvent() without data", () =>
        wf.sendRunEvent({ runId, event: "ping" }),
      );
      await ctx.call("runExecutionResult", () => wf.runExecutionResult(runId));
      await ctx.raw("POST send-event with an empty body", {
        method: "POST",
        path: `/workflows/${CITY}/runs/${runId}/send-event`,
        body: "",
      });
      await ctx.raw("POST cancel with an invalid JSON body (ignored)", {
        method: "POST",
        path: `/workflows/${CITY}/runs/${ctx.runId("cancel-target")}/cancel`,
        body: "{oops",
      });
      await ctx.raw("POST send-event with an empty object", {
        method: "POST",
        path: `/workflows/${CITY}/runs/${runId}/send-event`,
        body: {},
      });
    },
  },
  {
    id: "send-event/unknown",
    title: "sendRunEvent to a run never created, to a pending run, and on an unknown workflow",
    workflows: [CITY],
    notIn: { "1.x": NO_SEND_EVENT_IN_1X },
    async run(ctx) {
      const wf = ctx.workflow(CITY);
      const never = ctx.runId("never");
      await ctx.call("sendRunEvent() to a run never created", () =>
        wf.sendRunEvent({ runId: never, event: "ping", data: {} }),
      );
      const pending = ctx.runId("pending");
      await wf.createRun({ runId: pending });
      await ctx.call("sendRunEvent() to a pending run", () =>
        wf.sendRunEvent({ runId: pending, event: "ping", data: {} }),
      );
      await ctx.call("sendRunEvent() on an unknown workflow", () =>
        ctx.workflow(UNKNOWN_WORKFLOW).sendRunEvent({ runId: never, event: "ping", data: {} }),
      );
    },
  },
];
