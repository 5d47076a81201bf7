#!/usr/bin/env node
/**
 * What a real Mastra 1.x server does with a run whose `/stream` (or `/resume-stream`) body the
 * client stops reading: the run's stored status afterwards, and what `/observe` serves for it.
 * The source of the "Client stops reading a stream" section of WIRE-NOTES.md.
 *
 *   node harness/mastra-1.x/scripts/stream-detach.mjs
 */
import { startMastra1 } from "../src/index.js";

const mastra = await startMastra1();
const base = `${mastra.url}/api/workflows/testWorkflow`;
const post = (path, body) =>
  fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });
const status = async (runId) =>
  (await (await fetch(`${base}/runs/${runId}?fields=steps`)).json()).status;
const settle = async (runId) => {
  for (let i = 0; i < 100; i++) {
    const s = await status(runId);
    if (s !== "running" && s !== "pending") return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  return "still running after 10 s";
};
const types = (text) =>
  text
    .split("\x1e")
    .filter(Boolean)
    .map((t) => {
      const e = JSON.parse(t);
      return [e.type, e.payload?.id, e.payload?.status ?? e.payload?.workflowStatus]
        .filter(Boolean)
        .join(":");
    });

try {
  // 1. Cancel the body right after the headers, while the SLOW first step runs.
  await post("/create-run?runId=detach-1");
  const r1 = await post("/stream?runId=detach-1", { inputData: { city: "SLOW" } });
  console.log("stream status", r1.status, r1.headers.get("content-type"));
  await r1.body.cancel();
  console.log("after cancel, status:", await status("detach-1"));
  console.log("settles as:", await settle("detach-1"));
  const o1 = await post("/observe?runId=detach-1");
  console.log("observe after detach:", types(await o1.text()));

  // 2. Abort the request (signal) mid-run.
  await post("/create-run?runId=detach-2");
  const ac = new AbortController();
  const r2 = await post("/stream?runId=detach-2", { inputData: { city: "SLOW" } });
  void ac;
  const reader = r2.body.getReader();
  await reader.read();
  await reader.cancel();
  console.log("read one chunk then cancelled; settles as:", await settle("detach-2"));

  // 3. Resume-stream, cancelled at once: does the resume finish?
  const r3 = await post("/resume-stream?runId=detach-1", {
    resumeData: { approved: true, approver: "ana" },
  });
  console.log("resume-stream status", r3.status);
  await r3.body.cancel();
  console.log("after resume detach settles as:", await settle("detach-1"));
  const o3 = await post("/observe?runId=detach-1");
  console.log("observe after resume detach:", types(await o3.text()));

  // 4. Observe attached while a /stream body is cancelled: does the observer still get live records?
  await post("/create-run?runId=detach-3");
  const r4 = await post("/stream?runId=detach-3", { inputData: { city: "SLOW" } });
  const o4 = post("/observe?runId=detach-3");
  await r4.body.cancel();
  console.log("observe opened before detach:", types(await (await o4).text()));

  // 5. Never read the body at all (no cancel), just drop the reference.
  await post("/create-run?runId=detach-4");
  await post("/stream?runId=detach-4", { inputData: { city: "Paris" } });
  console.log("unread body settles as:", await settle("detach-4"));
} finally {
  await mastra.close();
}
