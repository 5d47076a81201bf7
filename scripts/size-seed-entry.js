// The seed's calls, exactly, as a browser app makes them: the entry `pnpm size` measures "up front".
// Run against a 0.x server by scripts/size-up-front.js to see which lazy chunks the calls load.
import { MastraClient } from "../packages/client/dist/index.js";

/** The seed flow: details, a watched start, startAsync, resume, resumeAsync, runs and runById. */
export const seed = async (baseUrl) => {
  const workflow = new MastraClient({ baseUrl }).getWorkflow("testWorkflow");
  await workflow.details();
  const { runId } = await workflow.createRun();
  const handle = await workflow.watch({ runId }, () => {});
  await workflow.start({ runId, inputData: { city: "Paris" } });
  await workflow.resume({ runId, step: "approval", resumeData: { approved: true } });
  await handle.done;
  const suspended = await workflow.startAsync({ inputData: { city: "Oslo" } });
  await workflow.resumeAsync({
    runId: suspended.runId,
    step: "approval",
    resumeData: { approved: true },
  });
  await workflow.runs({ limit: 10 });
  return workflow.runById(runId);
};
