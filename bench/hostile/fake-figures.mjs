// Issue 11's attacks on the fake server and the watch-fault attack, rerun against the built
// @wfkit/test-utils and @wfkit/client: one figure per finding. The attack code is the hostile
// suite's own (tests/hostile/helpers).
import { bigWorkflow, post, requestBatch } from "../../tests/hostile/helpers/fake-attacks.ts";
import { deepInputJson, heapAfterGc, lazyBody } from "../../tests/hostile/helpers/measure.ts";
import { MODES, attackMode } from "../../tests/hostile/helpers/watch-faults.ts";
import { importWfkit } from "../lib/packages.mjs";

const { createFakeServer, createStep, createWorkflow } = await importWfkit("test-utils");
const MB = 1024 * 1024;
const mb = (bytes) => `${bytes < 0 ? "−" : ""}${(Math.abs(bytes) / MB).toFixed(1)} MB`;

export const watchFaults = async (runsPerMode) => {
  const parts = [];
  let lost = 0;
  let duplicated = 0;
  let bad = 0;
  for (const mode of MODES) {
    const report = await attackMode(mode, runsPerMode);
    lost += report.summary.lost;
    duplicated += report.summary.duplicated;
    bad += report.bad.length;
    parts.push(`${mode} ${report.summary.lost}/${report.summary.duplicated}`);
  }
  return `${lost} lost, ${duplicated} duplicated, ${bad} bad runs of ${runsPerMode * MODES.length} faulted runs (lost/duplicated: ${parts.join(", ")})`;
};

const echo = createWorkflow({ id: "echo" })
  .then(createStep({ id: "echo", execute: async ({ inputData }) => ({ got: typeof inputData }) }))
  .commit();

const postBody = (server, path, body) =>
  server.fetch(`${server.url}/api/workflows${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  });

export const deepInput = async () => {
  const server = await createFakeServer({ workflows: { echo } });
  await post(server, "/echo/create-run?runId=deep", "{}");
  const deep = await post(server, "/echo/start?runId=deep", deepInputJson(20_000));
  await server.runs.settled("echo", "deep").catch(() => {});
  const large = await postBody(server, "/echo/start?runId=deep", lazyBody(60 * MB));
  const after = await server.fetch(`${server.url}/api/workflows`);
  const errors = server.backgroundErrors.map((e) => e.name).join(", ");
  await server.close().catch(() => {});
  return `20,000 levels on /start: ${deep.status}, crash recorded in backgroundErrors (${errors}); 60 MB body: ${large.status}; still serving: ${after.status}; process alive`;
};

const ending = (response) =>
  response.text().then(
    () => "ended",
    (error) => String(error.message),
  );

export const backpressure = async () => {
  const measured = [];
  const steps = 40;
  const server = await createFakeServer({
    workflows: { big: bigWorkflow(measured, undefined, { steps, blobBytes: 32 * 1024 }) },
  });
  const base = `${server.url}/api/workflows/big`;
  await server.fetch(`${base}/create-run?runId=r`, { method: "POST" });
  const before = await heapAfterGc();
  const watchers = await Promise.all(
    Array.from({ length: 40 }, () => server.fetch(`${base}/watch?runId=r`)),
  );
  const peakBefore = process.memoryUsage().rss;
  await post(server, "/big/start-async?runId=r", JSON.stringify({ inputData: {} }));
  const endings = await Promise.all(watchers.map(ending));
  const cut = endings.filter((e) => e.includes("behind")).length;
  await server.close();
  return `40 non-reading 0.x watchers, ${steps} steps × 32 KiB (records grow to ${mb(steps * 32 * 1024)}): heap +${mb(measured[0] - before)} at the last step, RSS +${mb(process.memoryUsage().rss - peakBefore)}; ${cut} of 40 disconnected`;
};

export const recordedBodies = async () => {
  const server = await createFakeServer({ bodyLimit: 300 * MB });
  const before = await heapAfterGc();
  const res = await postBody(server, "/nowhere", lazyBody(200 * MB));
  await res.arrayBuffer();
  const grown = (await heapAfterGc()) - before;
  const [request] = server.requests;
  await server.close();
  return `one 200 MB body (streamed) to a 404: ${res.status}, kept ${request.body.length} bytes of ${mb(request.bodyBytes)}, heap ${grown < 0 ? "" : "+"}${mb(grown)}`;
};

export const inProcessHeap = async (requests) => {
  const server = await createFakeServer({ recordRequests: false });
  await post(server, "/testWorkflow/create-run?runId=kept", "{}");
  await requestBatch(server, 2_000); // warm up
  const before = await heapAfterGc();
  await requestBatch(server, requests);
  const grown = (await heapAfterGc()) - before;
  await server.close();
  return `${requests.toLocaleString("en")} in-process requests: heap ${grown < 0 ? "" : "+"}${mb(grown)} in all, ${(grown / requests).toFixed(1)} bytes per request`;
};
