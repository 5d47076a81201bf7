/**
 * Attacks on the fake server shared by the hostile tests and bench/hostile-figures.mjs: a
 * workflow whose watch records grow with every step (finding 9) and the request mix of the
 * in-process memory test (finding 11).
 */
import { createStep, createWorkflow, type FakeServer, type Workflow } from "@wfkit/test-utils";
import { heapAfterGc } from "./measure.js";

/**
 * `steps` steps, each returning a `blobBytes` string (a 0.x watch record carries every output so
 * far, so unbounded buffers would grow with the square of the steps), then one step that pushes
 * the heap onto `measured` while every record so far sits wherever the server put it. The first
 * step waits for `gate`.
 */
export const bigWorkflow = (
  measured: number[],
  gate: Promise<void> | undefined,
  { steps, blobBytes }: { steps: number; blobBytes: number },
): Workflow => {
  let builder = createWorkflow({ id: "big" }).then(
    createStep({
      // A plain `string` id, so the loop below can add steps of other ids to the same builder.
      id: "gate" as string,
      execute: async () => {
        await gate;
        return { blob: "" };
      },
    }),
  );
  for (let i = 0; i < steps; i++)
    builder = builder.then(
      createStep({ id: `s${i}`, execute: async () => ({ blob: "x".repeat(blobBytes), i }) }),
    );
  return builder
    .then(
      createStep({
        id: "measure",
        execute: async () => {
          measured.push(await heapAfterGc());
          return { done: true };
        },
      }),
    )
    .commit();
};

/** POSTs `body` as JSON to `path` under the server's `/api/workflows`. */
export const post = (server: FakeServer, path: string, body: string) =>
  server.fetch(`${server.url}/api/workflows${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });

/**
 * Request `i` of the memory test's mix: list, state of a kept run, create-run, a 404 and a start
 * of an unknown run. Expects a run `kept` to exist.
 */
export const requestRound = async (server: FakeServer, i: number): Promise<ArrayBuffer> => {
  const base = `${server.url}/api/workflows`;
  switch (i % 5) {
    case 0:
      return (await server.fetch(base)).arrayBuffer();
    case 1:
      return (await server.fetch(`${base}/testWorkflow/runs/kept`)).arrayBuffer();
    case 2:
      return (await post(server, "/testWorkflow/create-run?runId=kept", "{}")).arrayBuffer();
    case 3:
      return (await server.fetch(`${base}/nowhere/${i}`)).arrayBuffer();
    default:
      return (await post(server, "/testWorkflow/start?runId=unknown", "{}")).arrayBuffer();
  }
};

/** `n` requests of the mix, 50 at a time. */
export const requestBatch = async (server: FakeServer, n: number): Promise<void> => {
  for (let i = 0; i < n; i += 50)
    await Promise.all(Array.from({ length: 50 }, (_, j) => requestRound(server, i + j)));
};
