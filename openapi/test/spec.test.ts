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
const fixturesDir = path.join(here, "fixtures");
/** The shared reference captures the fixtures were copied from (beside the repository). */

const loadSpec = (): SpecDocument =>
  parseYaml(readFileSync(path.join(repoRoot, "openapi/workflows.yaml"), "utf8")) as SpecDocument;

const spec = loadSpec();
const validator = createSpecValidator(spec);
const schemaNames = Object.keys(spec.components.schemas);
const exampleCases = collectExamples(spec);

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

describe("component schemas", () => {
  it.each(schemaNames)("%s compiles", (name) => {
    expect(() => validator.component(name)).not.toThrow();
  });

  it("defines every component the packages import", () => {
    expect(schemaNames).toEqual(
      expect.arrayContaining([
        "WorkflowInfo",
        "WorkflowStepInfo",
        "StepGraphEntry",
        "WorkflowList",
        "WorkflowRun",
        "WorkflowRunSnapshot",
        "WorkflowRuns",
        "WorkflowResult",
        "WorkflowResultSuccess",
        "WorkflowResultFailed",
        "WorkflowResultSuspended",
        "ExecutionResult",
        "StepResult",
        "WorkflowSteps",
        "WatchRecord",
        "WatchPayload",
        "WorkflowState",
        "StreamEvent",
        "CreateRunResponse",
        "MessageResponse",
        "ErrorResponse",
        "RunStatus",
        "StepStatus",
        "WorkflowResultStatus",
        "StartRunBody",
        "ResumeRunBody",
        "SendEventBody",
        "RuntimeContext",
      ]),
    );
  });

  it("keeps the status enums of the wire", () => {
    const enumOf = (name: string) => spec.components.schemas[name]?.enum;
    expect(enumOf("RunStatus")).toEqual([
      "running",
      "success",
      "failed",
      "suspended",
      "waiting",
      "pending",
      "canceled",
    ]);
    expect(enumOf("StepStatus")).toEqual([
      "running",
      "success",
      "failed",
      "suspended",
      "waiting",
      "canceled",
    ]);
    expect(enumOf("WorkflowResultStatus")).toEqual(["success", "failed", "suspended", "canceled"]);
  });
});

describe("operations", () => {
  const operations = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
    ([route, item]) =>
      HTTP_METHODS.filter((method) => method in item).map((method) => ({
        route,
        method,
        operationId: (item[method] as { operationId?: string }).operationId,
      })),
  );

  it("has one operationId per operation, all distinct", () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      [
        "listWorkflows",
        "getWorkflow",
        "listWorkflowRuns",
        "getWorkflowRun",
        "getWorkflowRunExecutionResult",
        "createWorkflowRun",
        "startWorkflowRun",
        "startWorkflowRunAsync",
        "resumeWorkflowRun",
        "resumeWorkflowRunAsync",
        "watchWorkflowRun",
        "streamWorkflowRun",
        "cancelWorkflowRun",
        "sendWorkflowRunEvent",
      ].sort(),
    );
  });
});

describe("spec examples", () => {
  it("finds examples in schemas, media types and parameters", () => {
    const where = (prefix: string) => exampleCases.filter((c) => c.location.startsWith(prefix));
    expect(where("components.schemas.").length).toBeGreaterThan(20);
    expect(exampleCases.some((c) => /\.content\[".+"\]\.examples/.test(c.location))).toBe(true);
    expect(exampleCases.some((c) => /parameters.*\.example$/.test(c.location))).toBe(true);
  });

  it.each(exampleCases.map((c) => [c.location, c] as const))("%s is valid", (_location, c) => {
    expect(validator.check(c.schema, c.value)).toBeUndefined();
  });

  it("rejects an example that contradicts its schema", () => {
    const broken = loadSpec();
    const watchExample = broken.components.schemas.WatchRecord?.examples as Record<
      string,
      unknown
    >[];
    watchExample[0]!.eventTimestamp = "2026-11-28T11:57:53.449Z";
    const startResponse = (broken.paths as any)["/workflows/{workflowId}/start"].post.responses[
      "200"
    ].content["application/json"].examples.started;
    startResponse.value = { message: 42 };

    const brokenValidator = createSpecValidator(broken);
    const failures = collectExamples(broken)
      .filter((c) => brokenValidator.check(c.schema, c.value) !== undefined)
      .map((c) => c.location);
    expect(failures).toEqual([
      'paths["/workflows/{workflowId}/start"].post.responses["200"].content["application/json"].examples.started',
      "components.schemas.WatchRecord.examples[0]",
    ]);
  });

  const streamBodies = exampleCases.flatMap((c) => {
    const ref = (c.schema as { $ref?: string }).$ref;
    const name = ref?.replace("#/components/schemas/", "");
    const bodySchema = name ? spec.components.schemas[name] : undefined;
    const recordRef = (bodySchema?.["x-record-schema"] as { $ref?: string } | undefined)?.$ref;
    return recordRef && typeof c.value === "string" && c.value !== ""
      ? [[c.location, { ...c, recordRef, encoding: bodySchema?.["x-record-encoding"] }] as const]
      : [];
  });

  it("has non-empty stream body examples for watch and stream", () => {
    expect(streamBodies.length).toBe(2);
  });

  it.each(streamBodies)("%s decodes to valid records", (_location, c) => {
    expect(c.value).toMatch(new RegExp(`${RECORD_SEPARATOR}$`));
    const { records, doubleEncoded } = decodeRecords(c.value as string);
    expect(records.length).toBeGreaterThan(0);
    expect(doubleEncoded.every((flag) => flag === (c.encoding === "double-json"))).toBe(true);
    for (const record of records) {
      expect(validator.check({ $ref: c.recordRef }, record)).toBeUndefined();
    }
  });
});

describe("captured watch fixtures", () => {
  const binFiles = readdirSync(fixturesDir).filter((file) => file.endsWith(".bin"));
  const records = binFiles.flatMap((file) => {
    const decoded = decodeRecords(readFileSync(path.join(fixturesDir, file), "utf8"));
    return decoded.records.map((record, index) => [`${file} record ${index}`, record] as const);
  });

  it("has the three captures", () => {
    expect(binFiles.sort()).toEqual([
      "watch-resume-until-success.bin",
      "watch-start-until-suspended.bin",
      "watch-step-failure.bin",
    ]);
  });

  it.each(binFiles)("%s is double-encoded and U+001E-terminated", (file) => {
    const body = readFileSync(path.join(fixturesDir, file), "utf8");
    expect(body.endsWith(RECORD_SEPARATOR)).toBe(true);
    expect(body).not.toContain("\n");
    expect(decodeRecords(body).doubleEncoded.every(Boolean)).toBe(true);
  });

  it.each(records)("%s is a valid WatchRecord", (_name, record) => {
    expect(validator.check({ $ref: "#/components/schemas/WatchRecord" }, record)).toBeUndefined();
  });

  it("the watch media-type example is the captured resume body, byte for byte", () => {
    const example = (spec.paths as any)["/workflows/{workflowId}/watch"].get.responses["200"]
      .content["text/plain"].examples.resumeUntilSuccess.value;
    expect(example).toBe(
      readFileSync(path.join(fixturesDir, "watch-resume-until-success.bin"), "utf8"),
    );
  });

  it("rejects a record whose eventTimestamp is a string", () => {
    const [, record] = records[0]!;
    const broken = { ...(record as object), eventTimestamp: "2026-11-28T11:57:53.449Z" };
    expect(validator.check({ $ref: "#/components/schemas/WatchRecord" }, broken)).toMatch(
      /eventTimestamp/,
    );
  });
});
