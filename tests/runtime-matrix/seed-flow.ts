/**
 * The seed flow every runtime of the matrix runs, unchanged: list, details, createRun,
 * watch with `follow` + start (to suspension), resume (the watch follows on to success), the run's
 * result, then startAsync (AUTO city: straight to success) and startAsync + resumeAsync.
 * Only web APIs: it is bundled once as an ES module for Node, Bun, Deno and workerd, and once as a
 * script for the browser and Vercel's edge runtime.
 */
import { MastraClient } from "@wfkit/client";

/** What one runtime observed; the test compares it with {@link EXPECTED_SEED_FLOW}. */
export interface SeedFlowReport {
  workflows: string[];
  detailsName: string;
  followedStatuses: string[];
  eventTimestampIsDate: boolean;
  resultStatus: string;
  resultSummary: unknown;
  startAsyncStatus: string;
  startAsyncSummary: unknown;
  resumeAsyncStatus: string;
  resumeAsyncSummary: unknown;
  /** The error `code` of `runCounts` on this 0.x server: its code loads on demand, then refuses. */
  onDemandCall: unknown;
}

/** The report of a correct run against the fake server's sample workflows. */
export const EXPECTED_SEED_FLOW: SeedFlowReport = {
  workflows: ["failingWorkflow", "pipelineWorkflow", "testWorkflow"],
  detailsName: "city-workflow",
  followedStatuses: ["running", "suspended", "running", "success"],
  eventTimestampIsDate: true,
  resultStatus: "success",
  resultSummary: "New York: approved by matrix",
  startAsyncStatus: "success",
  startAsyncSummary: "AUTO: approved",
  resumeAsyncStatus: "success",
  resumeAsyncSummary: "Paris: approved by matrix",
  onDemandCall: "unsupported_by_server",
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

const summaryOf = (result: object): unknown =>
  "result" in result ? (result.result as { summary?: unknown } | undefined)?.summary : undefined;

const approval = { approved: true, approver: "matrix" };

/** Runs the seed flow against a server at `baseUrl` and reports what it saw. */
export async function runSeedFlow(baseUrl: string): Promise<SeedFlowReport> {
  const client = new MastraClient({ baseUrl });

  const workflows = Object.keys(await client.getWorkflows()).sort();
  const workflow = client.getWorkflow("testWorkflow");
  const details = await workflow.details();

  // watch with follow, then start; resume once the watch saw the suspension.
  const { runId } = await workflow.createRun();
  const statuses: string[] = [];
  let eventTimestampIsDate = true;
  let onSuspended: () => void = () => {};
  const suspended = new Promise<void>((resolve) => (onSuspended = resolve));
  const watch = await workflow.watch({ runId, follow: true }, (record) => {
    const status = record.payload.workflowState.status;
    statuses.push(status);
    eventTimestampIsDate &&= record.eventTimestamp instanceof Date;
    if (status === "suspended") onSuspended();
  });
  await workflow.start({ runId, inputData: { city: "New York" } });
  await within(suspended, 10_000, "watch until suspension");
  await workflow.resume({ runId, step: "approval", resumeData: approval });
  await within(watch.done, 10_000, "watch until success");
  const result = await workflow.runExecutionResult(runId);

  const auto = await workflow.createRun();
  const started = await workflow.startAsync({ runId: auto.runId, inputData: { city: "AUTO" } });

  const paris = await workflow.createRun();
  await workflow.startAsync({ runId: paris.runId, inputData: { city: "Paris" } });
  const resumed = await workflow.resumeAsync({
    runId: paris.runId,
    step: "approval",
    resumeData: approval,
  });

  // A 1.x-only call: its code is a lazy chunk (dynamic import) that must load on every runtime.
  const onDemandCall = await workflow.runCounts().then(
    () => "answered",
    (error: unknown) => (error as { code?: unknown }).code,
  );

  return {
    workflows,
    detailsName: details.name,
    // Consecutive duplicates collapse: each step transition is a record of the same run status.
    followedStatuses: statuses.filter((status, i) => status !== statuses[i - 1]),
    eventTimestampIsDate,
    resultStatus: result.status,
    resultSummary: summaryOf(result),
    startAsyncStatus: started.status,
    startAsyncSummary: summaryOf(started),
    resumeAsyncStatus: resumed.status,
    resumeAsyncSummary: summaryOf(resumed),
    onDemandCall,
  };
}
