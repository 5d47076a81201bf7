import { expectTypeOf, test } from "vitest";
import { createCallKit, type ProtocolConfig } from "../src/call-kit.js";
import { v0Operations, type Operation } from "../src/operations.js";
import { v1Operations } from "../src/operations-1x.js";
import type { paths, WorkflowInfo } from "../src/schema.js";
import type { paths1x } from "../src/schema-1x.js";

declare const config: ProtocolConfig;
const kit = createCallKit<paths, typeof v0Operations>(config, v0Operations);
const v1 = createCallKit<paths1x, typeof v1Operations>(config, v1Operations);
const signal = new AbortController().signal;
const w = { workflowId: "w" };

test("a call names its operation once; params, body and answer are typed by the wire's paths", () => {
  const details = kit.json("getWorkflow", {}, { params: { path: w } });
  expectTypeOf(details).resolves.toExtend<WorkflowInfo>();
  expectTypeOf<WorkflowInfo>().toExtend<Awaited<typeof details>>();
  // @ts-expect-error: the path parameter is workflowId
  void kit.json("getWorkflow", {}, { params: { path: { id: "w" } } });
  // @ts-expect-error: create-run's runId is a string
  void kit.json("createRun", {}, { params: { path: w, query: { runId: 1 } } });
  // @ts-expect-error: no such operation
  void kit.json("deleteWorkflow", {}, {});
  // @ts-expect-error: the 1.x run route needs the runId in its path (typed by the 1.x document)
  void v1.json("getRun", {}, { params: { path: w } });
  void v1.stream("observe", {}, signal, { params: { path: w, query: { runId: "r" } } });
});

type V0 = Operation<paths>;

test("an operation's path must exist on its wire with its method", () => {
  const ok: V0 = { method: "get", path: "/workflows", idempotent: true };
  // @ts-expect-error: start has no GET
  const wrong: V0 = { method: "get", path: "/workflows/{workflowId}/start", idempotent: true };
  // @ts-expect-error: observe is a 1.x route
  const v1Only: V0 = { method: "post", path: "/workflows/{workflowId}/observe", idempotent: true };
  expectTypeOf(ok).toExtend<V0>();
  void [wrong, v1Only];
});

type V1 = Operation<paths1x>;
const executionResult = "/workflows/{workflowId}/runs/{runId}/execution-result";
const observePath = "/workflows/{workflowId}/observe";

test("1.x operations are typed against the generated 1.x document", () => {
  const observe: V1 = v1Operations.observe;
  expectTypeOf(observe).toExtend<V1>();
  // @ts-expect-error: 1.x has no GET observe
  const wrong: V1 = { method: "get", path: observePath, idempotent: true };
  // @ts-expect-error: 1.x has no execution-result route
  const gone: V1 = { method: "get", path: executionResult, idempotent: true };
  void [wrong, gone];
});
