import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  RECORD_SEPARATOR,
  collectExamples,
  createSpecValidator,
  decodeRecords,
  type SpecDocument,
} from "./spec-validator.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
/** The 1.x captures of the harness, and the ones taken for this document. */
const captureDirs = [
  path.join(repoRoot, "harness/mastra-1.x/test/fixtures"),
  path.join(here, "fixtures/1.x"),
];

const loadSpec = (file: string): SpecDocument =>
  parseYaml(readFileSync(path.join(repoRoot, file), "utf8")) as SpecDocument;

const spec = loadSpec("openapi/workflows-1.x.yaml");
const spec0 = loadSpec("openapi/workflows.yaml");
const validator = createSpecValidator(spec);
const schemaNames = Object.keys(spec.components.schemas);
const exampleCases = collectExamples(spec);
const paths = spec.paths as Record<string, Record<string, any>>;

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
const STREAM_EVENT = "#/components/schemas/StreamEvent";

const captures = captureDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".bin"))
    .map((file) => ({
      name: path.relative(repoRoot, path.join(dir, file)),
      body: readFileSync(path.join(dir, file), "utf8"),
    })),
);

describe("1.x component schemas", () => {
  it.each(schemaNames)("%s compiles", (name) => {
    expect(() => validator.component(name)).not.toThrow();
  });

  it("StreamEvent maps every member on `type`, and every member's `type` is its mapping key", () => {
    const streamEvent = spec.components.schemas.StreamEvent as {
      oneOf: { $ref: string }[];
      discriminator: { propertyName: string; mapping: Record<string, string> };
    };
    expect(streamEvent.discriminator.propertyName).toBe("type");
    const refs = streamEvent.oneOf.map((member) => member.$ref);
    expect(Object.values(streamEvent.discriminator.mapping).sort()).toEqual([...refs].sort());
    for (const [type, ref] of Object.entries(streamEvent.discriminator.mapping)) {
      const member = spec.components.schemas[ref.replace("#/components/schemas/", "")] as any;
      expect(member.properties.type.const).toBe(type);
    }
    expect(Object.keys(streamEvent.discriminator.mapping)).toEqual(
      expect.arrayContaining([
        "workflow-start",
        "workflow-step-start",
        "workflow-step-result",
        "workflow-step-suspended",
        "workflow-step-waiting",
        "workflow-finish",
      ]),
    );
  });

  it("WorkflowResult maps every member on `status`", () => {
    const result = spec.components.schemas.WorkflowResult as {
      oneOf: { $ref: string }[];
      discriminator: { mapping: Record<string, string> };
    };
    expect(Object.values(result.discriminator.mapping).sort()).toEqual(
      result.oneOf.map((member) => member.$ref).sort(),
    );
    const statuses = spec.components.schemas.WorkflowResultStatus?.enum as string[];
    expect(Object.keys(result.discriminator.mapping).sort()).toEqual([...statuses].sort());
  });
});

describe("run statuses of the two documents", () => {
  const enumOf = (doc: SpecDocument, name: string) =>
    doc.components.schemas[name]?.enum as string[];

  it("1.x keeps every 0.x run status, in the same order, and adds exactly the four 1.x ones", () => {
    const v0 = enumOf(spec0, "RunStatus");
    const v1 = enumOf(spec, "RunStatus");
    expect(v1.slice(0, v0.length)).toEqual(v0);
    expect(v1.slice(v0.length)).toEqual(["bailed", "tripwire", "paused", "skipped"]);
  });

  it("1.x keeps every 0.x step status and workflow result status", () => {
    expect(enumOf(spec, "StepStatus")).toEqual(expect.arrayContaining(enumOf(spec0, "StepStatus")));
    expect(enumOf(spec, "WorkflowResultStatus")).toEqual(
      expect.arrayContaining(enumOf(spec0, "WorkflowResultStatus")),
    );
  });

  it("the 1.x RunStatus is the set the real server lists when it rejects a status filter", () => {
    const example = (spec.components.schemas.ErrorResponse!.examples as any[])[1];
    const listed = [...example.issues[0].message.matchAll(/"([a-z]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...enumOf(spec, "RunStatus")].sort());
  });
});

describe("1.x operations", () => {
  const operations = Object.entries(paths).flatMap(([route, item]) =>
    HTTP_METHODS.filter((method) => method in item).map((method) => ({
      key: `${method.toUpperCase()} ${route.replace("/workflows/{workflowId}", "")}`,
      operation: item[method],
    })),
  );

  it("describes every 1.x workflow route wfkit uses, each with a distinct operationId", () => {
    expect(operations.map((o) => o.key).sort()).toEqual(
      [
        "GET /workflows",
        "GET /workflows/run-counts",
        "GET ",
        "POST /create-run",
        "POST /start",
        "POST /start-async",
        "POST /resume",
        "POST /resume-async",
        "POST /resume-no-wait",
        "POST /stream",
        "POST /resume-stream",
        "POST /observe",
        "POST /restart",
        "POST /restart-async",
        "POST /time-travel",
        "POST /time-travel-async",
        "POST /time-travel-stream",
        "GET /runs",
        "GET /runs/{runId}",
        "DELETE /runs/{runId}",
        "POST /runs/{runId}/cancel",
      ].sort(),
    );
    const ids = operations.map((o) => o.operation.operationId);
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every error answer is an ErrorResponse", () => {
    for (const { key, operation } of operations) {
      for (const [code, response] of Object.entries(operation.responses as Record<string, any>)) {
        if (code.startsWith("2")) continue;
        const ref = response.$ref as string;
        const resolved = (spec.components as any).responses[ref.split("/").pop()!];
        expect(resolved.content["application/json"].schema.$ref, `${key} ${code}`).toBe(
          "#/components/schemas/ErrorResponse",
        );
      }
    }
  });

  it("the stream routes answer text/plain StreamBody", () => {
    for (const route of ["stream", "resume-stream", "observe", "time-travel-stream"]) {
      const ok = paths[`/workflows/{workflowId}/${route}`]!.post.responses["200"];
      const response = ok.$ref ? (spec.components as any).responses.Stream : ok;
      expect(response.content["text/plain"].schema.$ref, route).toBe(
        "#/components/schemas/StreamBody",
      );
    }
  });
});

describe("1.x spec examples", () => {
  it("finds an example in every component schema, media type and parameter", () => {
    const withExamples = new Set(
      exampleCases.flatMap(
        (c) => /^components\.schemas\.([A-Za-z]+)\.examples/.exec(c.location)?.[1] ?? [],
      ),
    );
    // StreamBody's examples are the captured bodies of the stream media types.
    expect([...withExamples].sort()).toEqual(schemaNames.filter((n) => n !== "StreamBody").sort());
    expect(exampleCases.some((c) => /\.content\[".+"\]\.examples/.test(c.location))).toBe(true);
    expect(exampleCases.some((c) => /parameters.*\.example$/.test(c.location))).toBe(true);
  });

  it.each(exampleCases.map((c) => [c.location, c] as const))("%s is valid", (_location, c) => {
    expect(validator.check(c.schema, c.value)).toBeUndefined();
  });

  it("rejects examples that contradict their schemas", () => {
    const broken = loadSpec("openapi/workflows-1.x.yaml");
    const brokenPaths = broken.paths as Record<string, Record<string, any>>;
    const startAsync =
      brokenPaths["/workflows/{workflowId}/start-async"]!.post.responses["200"].content[
        "application/json"
      ].examples.failed.value;
    startAsync.error = "Error: a stack string, as 0.x sends";
    (broken.components.schemas.WorkflowStepWaitingEvent!.examples as any[])[0].from = "STEP";

    const brokenValidator = createSpecValidator(broken);
    const failures = collectExamples(broken)
      .filter((c) => brokenValidator.check(c.schema, c.value) !== undefined)
      .map((c) => c.location);
    expect(failures).toEqual([
      'paths["/workflows/{workflowId}/start-async"].post.responses["200"].content["application/json"].examples.failed',
      "components.schemas.WorkflowStepWaitingEvent.examples[0]",
    ]);
  });

  const streamExamples = exampleCases.filter(
    (c) => (c.schema as { $ref?: string }).$ref === "#/components/schemas/StreamBody",
  );

  it("has a stream example for every stream route", () => {
    expect(streamExamples.filter((c) => c.value !== "").length).toBeGreaterThanOrEqual(9);
  });

  it.each(streamExamples.filter((c) => c.value !== "").map((c) => [c.location, c] as const))(
    "%s is a capture, byte for byte, of single-encoded valid records",
    (_location, c) => {
      const body = c.value as string;
      expect(captures.map((capture) => capture.body)).toContain(body);
      expect(body.endsWith(RECORD_SEPARATOR)).toBe(true);
      const { records, doubleEncoded } = decodeRecords(body);
      expect(doubleEncoded.some(Boolean)).toBe(false);
      for (const record of records) {
        expect(validator.check({ $ref: STREAM_EVENT }, record)).toBeUndefined();
      }
    },
  );
});

describe("captured 1.x stream bodies", () => {
  const records = captures.flatMap(({ name, body }) =>
    decodeRecords(body).records.map(
      (record, index) => [`${name} record ${index}`, record] as const,
    ),
  );

  it("has the harness captures and the ones taken for this document", () => {
    expect(captures.map((c) => path.basename(c.name)).sort()).toEqual([
      "observe-city-after-success.bin",
      "resume-stream-city-until-success.bin",
      "stream-city-canceled.bin",
      "stream-city-fail.bin",
      "stream-city-invalid-input.bin",
      "stream-city-per-step.bin",
      "stream-city-start-until-suspended.bin",
      "stream-failing-step.bin",
      "stream-pipeline-sleep.bin",
      "time-travel-stream-city.bin",
    ]);
  });

  it.each(captures.map((c) => [c.name, c.body] as const))(
    "%s is single-encoded and U+001E-terminated",
    (_name, body) => {
      expect(body.endsWith(RECORD_SEPARATOR)).toBe(true);
      expect(decodeRecords(body).doubleEncoded.some(Boolean)).toBe(false);
    },
  );

  it.each(records)("%s is a valid StreamEvent", (_name, record) => {
    expect(validator.check({ $ref: STREAM_EVENT }, record)).toBeUndefined();
  });

  it("the captures hold every member of the StreamEvent union", () => {
    const mapping = (spec.components.schemas.StreamEvent as any).discriminator.mapping;
    const seen = new Set(records.map(([, record]) => (record as { type: string }).type));
    expect([...seen].sort()).toEqual(Object.keys(mapping).sort());
  });

  it("rejects a record of an unknown type and a record whose error is a string", () => {
    expect(
      validator.check({ $ref: STREAM_EVENT }, { type: "step-start", runId: "r", payload: {} }),
    ).toBeDefined();
    const [, result] = records.find(([, record]) => (record as any).payload?.status === "failed")!;
    const broken = {
      ...(result as any),
      payload: { ...(result as any).payload, error: "Error: kaboom" },
    };
    expect(validator.check({ $ref: STREAM_EVENT }, broken)).toBeDefined();
  });
});
