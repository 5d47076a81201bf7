import type { WatchRecord } from "@wfkit/client";

/** The city workflow's types, as a user would describe them. */
export type City = {
  input: { city: string };
  result: { summary: string; approved: boolean };
  resume: { approval: { approved: boolean; approver?: string } };
};

/** Reads until `done` holds (every 50 ms, 5 s at most). */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("condition not reached after 5 s");
}

/** "runStatus/stepId:stepStatus", with "*" for a record rebuilt from the run state. */
export const describeRecord = (r: WatchRecord): string =>
  `${r.payload.workflowState.status}/${r.payload.currentStep?.id ?? "-"}:${r.payload.currentStep?.status ?? "-"}${r.synthetic ? "*" : ""}`;
