import { describe, expect, it } from "vitest";
import { InvalidResponseError, parseWorkflowSchema } from "@wfkit/client";

const schema = {
  type: "object",
  properties: { city: { type: "string" } },
  required: ["city"],
  additionalProperties: false,
  $schema: "http://json-schema.org/draft-07/schema#",
};

describe("parseWorkflowSchema", () => {
  it("unwraps the superjson string Mastra 0.10 sends", () => {
    // Copied from harness/mastra-0.10/WIRE-NOTES.md (details(), inputSchema).
    const wire =
      '{"json":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false,"$schema":"http://json-schema.org/draft-07/schema#"}}';
    expect(parseWorkflowSchema(wire)).toEqual(schema);
  });

  it("unwraps the superjson string Mastra 1.x sends ($schema first)", () => {
    const wire =
      '{"json":{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}}';
    expect(parseWorkflowSchema(wire)).toEqual(schema);
  });

  it("drops superjson's meta", () => {
    const wire = JSON.stringify({
      json: { type: "string" },
      meta: { values: { default: ["undefined"] } },
    });
    expect(parseWorkflowSchema(wire)).toEqual({ type: "string" });
  });

  it("takes a plain JSON Schema string, an object and boolean schemas", () => {
    expect(parseWorkflowSchema(JSON.stringify(schema))).toEqual(schema);
    expect(parseWorkflowSchema({ json: schema })).toEqual(schema);
    expect(parseWorkflowSchema(schema)).toBe(schema);
    expect(parseWorkflowSchema("true")).toEqual({});
    expect(parseWorkflowSchema('{"json":false}')).toEqual({ not: {} });
  });

  it("keeps a schema whose own property is called json", () => {
    const own = { type: "object", properties: { json: { type: "string" } } };
    expect(parseWorkflowSchema(JSON.stringify(own))).toEqual(own);
  });

  it("answers undefined for a missing schema", () => {
    expect(parseWorkflowSchema(undefined)).toBeUndefined();
    expect(parseWorkflowSchema(null)).toBeUndefined();
    expect(parseWorkflowSchema("")).toBeUndefined();
  });

  it("throws InvalidResponseError for text that is not JSON or not a schema", () => {
    expect(() => parseWorkflowSchema("{json:")).toThrow(InvalidResponseError);
    expect(() => parseWorkflowSchema("{json:")).toThrow("not JSON");
    expect(() => parseWorkflowSchema('{"json":42}')).toThrow("not a JSON Schema object");
    expect(() => parseWorkflowSchema("[1]")).toThrow(InvalidResponseError);
  });
});
