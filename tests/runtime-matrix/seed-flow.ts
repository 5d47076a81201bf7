/**
 * The seed flow every runtime of the matrix runs, unchanged: list, details, createRun,
 * watch + start (to suspension), startAsync (AUTO city: straight to success), resumeAsync.
 * Only web APIs: it is bundled once for Node and Bun and once for the browser.
 */
import { MastraClient } from "@wfkit/client";

/** What one runtime observed; the test compares it with {@link EXPECTED_SEED_FLOW}. */
export interface SeedFlowReport {
  workflows: string[];
  detailsName: string;
  watchedStatuses: string[];
  eventTimestampIsDate: boolean;
  startAsyncStatus: string;
  startAsyncSummary: unknown;
  resumeAsyncStatus: string;
  resumeAsyncSummary: unknown;
}

/** The report of a correct run against the fake server's sample workflows. */
export const EXPECTED_SEED_FLOW: SeedFlowReport = {
  workflows: ["failingWorkflow", "pipelineWorkflow", "testWorkflow"],
  detailsName: "city-workflow",
  watchedStatuses: ["running", "suspended"],
  eventTimestampIsDate: true,
  startAsyncStatus: "success",
  startAsyncSummary: "AUTO: approved",
  resumeAsyncStatus: "success",
  resumeAsyncSummary: "New York: approved by matrix",
};

const within = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const summaryOf = (result: { status: string; result?: unknown }): unknown =>
  (result.result as { summary?: unknown } | undefined)?.summary;

/** Runs the seed flow against a server at `baseUrl` and reports what it saw. */
export async function runSeedFlow(baseUrl: string): Promise<SeedFlowReport> {
  const client = new MastraClient({ baseUrl });

  const workflows = Object.keys(await client.getWorkflows()).sort();
  const workflow = client.getWorkflow("testWorkflow");
  const details = await workflow.details();

  // watch + start: the documented order, watch not awaited before start.
  const suspended = await workflow.createRun();
  const statuses: string[] = [];
  let eventTimestampIsDate = true;
  const watching = workflow.watch({ runId: suspended.runId }, (record) => {
    statuses.push(record.payload.workflowState.status);
    eventTimestampIsDate &&= record.eventTimestamp instanceof Date;
  });
  await workflow.start({ runId: suspended.runId, inputData: { city: "New York" } });
  await within((await watching).done, 10_000, "watch until suspension");

  const auto = await workflow.createRun();
  const started = await workflow.startAsync({ runId: auto.runId, inputData: { city: "AUTO" } });

  const resumed = await workflow.resumeAsync({
    runId: suspended.runId,
    step: "approval",
    resumeData: { approved: true, approver: "matrix" },
  });

  return {
    workflows,
    detailsName: details.name,
    // Consecutive duplicates collapse: each step transition is a record of the same run status.
    watchedStatuses: statuses.filter((status, i) => status !== statuses[i - 1]),
    eventTimestampIsDate,
    startAsyncStatus: started.status,
    startAsyncSummary: summaryOf(started),
    resumeAsyncStatus: resumed.status,
    resumeAsyncSummary: summaryOf(resumed),
  };
}
