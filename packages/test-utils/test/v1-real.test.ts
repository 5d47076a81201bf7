import { startMastra1, type MastraHarness } from "@wfkit/harness-mastra-1.x";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeServer, type FakeServer } from "../src/index.js";
import { call, canonical, decodeStream, postText, type Target } from "./v1-helpers.js";

/**
 * One short flow against the fake in 1.x mode and against a real Mastra 1.x server (core 1.71.0,
 * server 1.69.0, on Node 22): the normalised bodies must be the same text, field order included.
 */
let real: MastraHarness;
let fake: FakeServer;

beforeAll(async () => {
  [real, fake] = await Promise.all([
    startMastra1(),
    createFakeServer({ generation: "1.x", clock: "real" }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([real?.close(), fake?.close()]);
});

const targets = (): Record<"real" | "fake", Target> => ({
  real: { url: real.url, fetch: (input, init) => fetch(input, init) },
  fake: { url: fake.url, fetch: fake.fetch },
});

/** Runs `step` on both servers and expects the same canonical answer. */
const same = async (step: (target: Target) => Promise<unknown>) => {
  const { real: onReal, fake: onFake } = targets();
  const [fromReal, fromFake] = [await step(onReal), await step(onFake)];
  expect(canonical(fromFake)).toBe(canonical(fromReal));
  return fromReal;
};

const answer = async (target: Target, method: string, path: string, body?: unknown) => {
  const res = await call(target, method, path, body);
  return { status: res.status, body: res.body };
};

describe("the fake in 1.x mode answers like a real Mastra 1.x server", () => {
  it("details, create-run, start-async (AUTO and suspend), resume-async, GET runs/:runId, stream", async () => {
    const id = `dual-${Date.now()}`;
    await same((t) => answer(t, "GET", "/testWorkflow"));
    await same((t) => answer(t, "POST", `/testWorkflow/create-run?runId=${id}-a`));
    const auto = (await same((t) =>
      answer(t, "POST", `/testWorkflow/start-async?runId=${id}-b`, {
        inputData: { city: "AUTO" },
      }),
    )) as { body: { status: string } };
    expect(auto.body.status).toBe("success");
    await same((t) => answer(t, "POST", `/testWorkflow/create-run?runId=${id}-c`));
    const suspended = (await same((t) =>
      answer(t, "POST", `/testWorkflow/start-async?runId=${id}-c`, {
        inputData: { city: "Paris" },
      }),
    )) as { body: { status: string } };
    expect(suspended.body.status).toBe("suspended");
    await same((t) => answer(t, "GET", `/testWorkflow/runs/${id}-c`));
    await same((t) =>
      answer(t, "POST", `/testWorkflow/resume-async?runId=${id}-c`, {
        step: "approval",
        resumeData: { approved: true, approver: "ana" },
      }),
    );
    await same((t) => answer(t, "GET", `/testWorkflow/runs/${id}-c`));
    await same((t) => answer(t, "GET", `/testWorkflow/runs/${id}-c?fields=result,error`));
    const records = (await same(async (t) =>
      decodeStream(
        await postText(t, `/testWorkflow/stream?runId=${id}-d`, { inputData: { city: "Tokyo" } }),
      ),
    )) as unknown[];
    expect(records).toHaveLength(6);
    await same(async (t) => decodeStream(await postText(t, `/testWorkflow/observe?runId=${id}-d`)));
  });

  it("the same errors: invalid input, missing runId, wrong step, 409, unknown run", async () => {
    const id = `dual-err-${Date.now()}`;
    await same((t) =>
      answer(t, "POST", "/pipelineWorkflow/start-async", { inputData: { value: "x" } }),
    );
    await same((t) => answer(t, "POST", "/testWorkflow/start", { inputData: {} }));
    await same((t) =>
      answer(t, "POST", `/testWorkflow/start-async?runId=${id}`, { inputData: { city: "Oslo" } }),
    );
    await same((t) =>
      answer(t, "POST", `/testWorkflow/resume-async?runId=${id}`, {
        step: "finalize",
        resumeData: { approved: true },
      }),
    );
    await same((t) =>
      answer(t, "POST", `/testWorkflow/resume-async?runId=${id}`, {
        step: "approval",
        resumeData: { approved: "yes" },
      }),
    );
    await same((t) => answer(t, "POST", `/testWorkflow/runs/${id}/cancel`));
    await same((t) => answer(t, "GET", `/testWorkflow/runs/${id}?fields=result`));
    await same((t) => answer(t, "POST", `/testWorkflow/stream?runId=${id}`, {}));
    await same((t) => answer(t, "GET", "/testWorkflow/runs/nope"));
    await same((t) => answer(t, "GET", "/testWorkflow/runs?status=bogus"));
  });
});
