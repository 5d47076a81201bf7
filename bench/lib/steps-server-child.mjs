// A scripted 0.x watch server for bench/steps-scaling: GET …/watch?runId=steps-<n> writes the n
// records of an n-step run, each carrying the whole workflowState so far (bytes grow as n²),
// double-encoded and separated by U+001E as Mastra 0.x writes them; GET /api/workflows answers {}
// (0.x) and GET …/runs/steps-<n>/execution-result a running state. Prints its URL; ends when
// stdin closes.
import { createServer } from "node:http";

const step = (i) => ({
  status: "success",
  payload: { index: i },
  output: { index: i, note: `step ${i} done` },
  startedAt: 1_795_867_073_000 + i,
  endedAt: 1_795_867_073_001 + i,
});

const record = (runId, steps, n) => {
  const done = steps.length === n;
  const last = steps.length;
  return (
    JSON.stringify(
      JSON.stringify({
        type: "watch",
        payload: {
          currentStep: { id: `step-${last}`, ...step(last) },
          workflowState: {
            status: done ? "success" : "running",
            steps: Object.fromEntries(steps.map((s, i) => [`step-${i + 1}`, s])),
            result: done ? { steps: n } : null,
            error: null,
          },
        },
        eventTimestamp: 1_795_867_073_001 + last,
        runId,
      }),
    ) + "\u001e"
  );
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url, "http://localhost");
  const runId = url.searchParams.get("runId") ?? url.pathname.split("/").at(-2);
  const n = Number(runId.replace("steps-", ""));
  if (url.pathname === "/api/workflows") {
    // The client's generation detection: an empty list reads as 0.x.
    response.writeHead(200, { "content-type": "application/json" });
    return response.end("{}");
  }
  if (url.pathname === `/api/workflows/steps/runs/${runId}/execution-result` && n > 0) {
    // The watcher's state look-up when the watch opens: the run has just started.
    response.writeHead(200, { "content-type": "application/json" });
    return response.end(JSON.stringify({ status: "running", steps: {}, activePaths: [] }));
  }
  if (!url.pathname.endsWith("/watch") || !(n > 0)) {
    response.writeHead(404, { "content-type": "application/json" });
    return response.end(JSON.stringify({ error: "not found" }));
  }
  response.writeHead(200, { "content-type": "text/plain", "transfer-encoding": "chunked" });
  const steps = [];
  for (let i = 1; i <= n; i++) {
    steps.push(step(i));
    if (!response.write(record(runId, steps, n)))
      await new Promise((resolve) => response.once("drain", resolve));
  }
  response.end();
});
server.listen(0, "127.0.0.1", () =>
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })),
);
process.stdin.on("data", () => {});
process.stdin.on("end", () => server.close(() => process.exit(0)));
