import type { WatchRecord } from "@wfkit/watch";
import { readFixture, type FixtureName } from "./streams.js";

/** Each record of a fixture, as the JSON text between separators. */
export const pieces = (name: FixtureName): string[] =>
  new TextDecoder()
    .decode(readFixture(name))
    .split("\u001e")
    .filter((piece) => piece !== "");

export const START = pieces("watch-start-until-suspended.bin");
export const RESUME = pieces("watch-resume-until-success.bin");
export const FAILURE = pieces("watch-step-failure.bin");
/** The run id inside the fixtures' records. */
export const RUN = "fixture-run-1";
export const PENDING = { status: "pending" as const, steps: {} };

/** "status/step:stepStatus" (or "status/-" without a current step), plus "*" when synthetic. */
export const describeRecord = (record: WatchRecord): string => {
  const step = record.payload.currentStep;
  const where = step ? `${step.id}:${step.status}` : "-";
  return `${record.payload.workflowState.status}/${where}${record.synthetic ? "*" : ""}`;
};

export const START_SEQUENCE = [
  "running/step1:running",
  "running/step1:success",
  "running/step2:running",
  "running/step2:suspended",
  "suspended/-",
];
export const RESUME_SEQUENCE = ["running/step2:suspended", "running/step2:success", "success/-"];

/** Iterates in the background, collecting records. */
export const consume = (iterable: AsyncIterable<WatchRecord>) => {
  const records: WatchRecord[] = [];
  let ended = false;
  const done = (async () => {
    try {
      for await (const record of iterable) records.push(record);
    } finally {
      ended = true;
    }
  })();
  done.catch(() => {});
  return { records, done, ended: () => ended };
};
