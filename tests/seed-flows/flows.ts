/**
 * The seed's five documented flows, each built from the seed block's own lines (see
 * `seed-program.ts`), run by importing the program, and what the user would see of them.
 */
import { MastraClient as WfkitClient } from "@wfkit/client";
import { calls, configureSeed } from "./seed-env.js";
import { seedLine, swap, writeProgram } from "./seed-program.js";

const CLIENT = "const client = new MastraClient();";
const WORKFLOW = "const workflow = client.getWorkflow(";
const CREATE = "const run = await workflow.createRun();";
const WATCH = "workflow.watch(";
const START = "await workflow.start(";
const RESUME = "await workflow.resume(";
const START_ASYNC = "const result = await workflow.startAsync(";

/** The five flows: their name and their lines. */
export const FLOWS = {
  "1. list and details": () => [
    seedLine(CLIENT),
    seedLine(WORKFLOW),
    swap(seedLine(START_ASYNC), {
      from: "workflow.startAsync({ inputData })",
      to: "workflow.details()",
      named: "details",
    }),
  ],
  "2. createRun + startAsync": () => [
    seedLine(CLIENT),
    seedLine(WORKFLOW),
    seedLine(CREATE),
    seedLine(START_ASYNC),
  ],
  "3. resumeAsync": () => [
    seedLine(CLIENT),
    seedLine(WORKFLOW),
    swap(
      seedLine(RESUME),
      { from: "workflow.resume(", to: "workflow.resumeAsync(", named: "resumeAsync" },
      seedLine(START_ASYNC),
    ),
  ],
  "4. watch, then start": () => [
    seedLine(CLIENT),
    seedLine(WORKFLOW),
    seedLine(CREATE),
    seedLine(WATCH),
    seedLine(START),
  ],
  "5. createRun({ runId }), watch, then resume": () => [
    seedLine(CLIENT),
    seedLine(WORKFLOW),
    swap(seedLine(CREATE), {
      from: "createRun()",
      to: "createRun({ runId: prevRunId })",
      named: "createRun({ runId: prevRunId })",
    }),
    seedLine(WATCH),
    seedLine(RESUME),
  ],
} as const;

export type FlowName = keyof typeof FLOWS;

/** A record as the seed's callback logs it, reduced to what both clients show alike. */
export interface SeenRecord {
  status: string;
  step: string | undefined;
  stepStatus: string | undefined;
  /** wfkit only: the record was rebuilt from the run's state, not sent live by the server. */
  synthetic?: boolean;
}

/** What a user sees of one flow. */
export interface FlowView {
  /** Each recorded call: its method and its settled value (or error). */
  results: { method: string; value?: unknown; error?: unknown }[];
  /** The records the seed's watch callback logged. */
  records: SeenRecord[];
}

/** Client, target and free variables of one run of a flow. */
export interface FlowSetup {
  client: "wfkit" | "upstream";
  Client: new (options: { baseUrl: string }) => object;
  baseUrl: string;
  prevRunId?: string;
  /** Resolves once the watch has delivered what the test needs (e.g. a stop). */
  watchSettled?: (records: SeenRecord[]) => boolean;
}

let programs = 0;

/** Runs one flow as a program and returns what the user sees. */
export async function runFlow(name: FlowName, setup: FlowSetup): Promise<FlowView> {
  const records: SeenRecord[] = [];
  const log = console.log;
  let settle = (): void => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  console.log = (record: unknown) => {
    const r = record as {
      payload?: {
        currentStep?: { id?: string; status?: string };
        workflowState?: { status?: string };
      };
      synthetic?: boolean;
    };
    records.push({
      status: String(r?.payload?.workflowState?.status),
      step: r?.payload?.currentStep?.id,
      stepStatus: r?.payload?.currentStep?.status,
      ...(r?.synthetic ? { synthetic: true } : {}),
    });
    if (setup.watchSettled?.(records)) settle();
  };
  try {
    configureSeed({
      Client: setup.Client,
      baseUrl: setup.baseUrl,
      inputData: { city: "New York" },
      ...(setup.prevRunId ? { prevRunId: setup.prevRunId, run: { runId: setup.prevRunId } } : {}),
    });
    // Unique per worker: test files run the flows in parallel workers, each counting from 1.
    const path = writeProgram(`p${process.pid}-${++programs}-${setup.client}`, FLOWS[name]());
    await import(/* @vite-ignore */ path);
    const made = [...calls];
    const watch = made.find((c) => c.method === "watch");
    // wfkit's watch ends by itself at the run's next stop; upstream's may stay open, so the test
    // says when it has seen enough.
    if (watch && setup.client === "wfkit") {
      await ((await watch.outcome) as { done: Promise<void> }).done;
    } else if (watch) {
      await settled;
    }
    const results = [];
    for (const call of made) {
      if (call.method === "watch") continue;
      try {
        results.push({ method: call.method, value: await call.outcome });
      } catch (error) {
        results.push({ method: call.method, error });
      }
    }
    return { results, records };
  } finally {
    console.log = log;
  }
}

/** A run of the sample workflow suspended at `approval`, made with wfkit on the target. */
export async function suspendedRun(baseUrl: string): Promise<string> {
  const workflow = new WfkitClient({ baseUrl }).getWorkflow("testWorkflow");
  const { runId } = await workflow.createRun();
  const result = await workflow.startAsync({ runId, inputData: { city: "New York" } });
  if (result.status !== "suspended")
    throw new Error(`expected a suspended run, got ${result.status}`);
  return runId;
}
