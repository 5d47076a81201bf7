/** Read-only views of the fake's runs, for tests (`server.runs`). */
import type { components } from "./wire-types.js";

/** A run's stored snapshot, as the 0.x wire reports it. */
export type FakeRunSnapshot = Readonly<components["schemas"]["WorkflowRunSnapshot"]>;

/** A run as the fake stores it (read-only: tests look, the server writes). */
export interface FakeRun {
  /** The registration key of its workflow. */
  readonly workflowKey: string;
  /** The workflow's id (`workflowName` on the wire). */
  readonly workflowName: string;
  readonly runId: string;
  /** The stored snapshot (a JSON copy, rewritten on every write). */
  readonly snapshot: FakeRunSnapshot;
  /** Epoch ms of creation (1.x) or of the last write (0.10's in-memory store). */
  readonly createdAt: number;
  /** Epoch ms of the last write. */
  readonly updatedAt: number;
  /** Events delivered with `send-event`. */
  readonly events: readonly { readonly event: string; readonly data: unknown }[];
  readonly resourceId?: string | undefined;
}

/** What a run's execution ended with (what `start-async` and `resume-async` answer on 0.x). */
export type FakeRunResult =
  | {
      readonly status: "success";
      readonly steps: Readonly<Record<string, unknown>>;
      readonly result: unknown;
    }
  | {
      readonly status: "failed";
      readonly steps: Readonly<Record<string, unknown>>;
      readonly error: string | unknown;
    }
  | {
      readonly status: "suspended";
      readonly steps: Readonly<Record<string, unknown>>;
      readonly suspended: readonly (readonly string[])[];
    }
  | { readonly status: "canceled"; readonly steps: Readonly<Record<string, unknown>> }
  /** Mastra 1.x, started with `perStep: true`: one step ran, then the run stopped. */
  | { readonly status: "paused"; readonly steps: Readonly<Record<string, unknown>> };
