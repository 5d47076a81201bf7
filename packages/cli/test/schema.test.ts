import { describe, expect, it } from "vitest";
import { parseWorkflowSchema, schemaToType } from "@wfkit/cli";

describe("parseWorkflowSchema", () => {
  it("unwraps superjson's { json } (0.x) and reads plain JSON Schema", () => {
    const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
    expect(parseWorkflowSchema(JSON.stringify({ json: schema }))).toEqual(schema);
    expect(parseWorkflowSchema(JSON.stringify({ json: schema, meta: { values: {} } }))).toEqual(
      schema,
    );
    expect(parseWorkflowSchema(JSON.stringify(schema))).toEqual(schema);
  });

  it("gives undefined for a missing or unreadable schema", () => {
    expect(parseWorkflowSchema(undefined)).toBeUndefined();
    expect(parseWorkflowSchema("{not json")).toBeUndefined();
    expect(parseWorkflowSchema('"text"')).toBeUndefined();
  });
});

describe("schemaToType", () => {
  it("writes objects with optional fields, enums, arrays, unions and records", () => {
    expect(
      schemaToType({
        type: "object",
        properties: {
          approved: { type: "boolean" },
          approver: { type: "string" },
          level: { enum: ["low", "high"] },
          tags: { type: "array", items: { type: "string" } },
          count: { type: "integer" },
          "odd-key": { anyOf: [{ type: "number" }, { type: "null" }] },
          meta: { type: "object", additionalProperties: { type: "number" } },
        },
        required: ["approved", "level"],
        additionalProperties: false,
      }),
    ).toBe(
      '{ approved: boolean; approver?: string; level: "low" | "high"; tags?: string[]; count?: number; "odd-key"?: number | null; meta?: { [key: string]: number } }',
    );
    expect(schemaToType(undefined)).toBe("unknown");
    expect(schemaToType({ type: "object" })).toBe("Record<string, unknown>");
    expect(
      schemaToType({ type: "array", items: { anyOf: [{ type: "string" }, { type: "number" }] } }),
    ).toBe("(string | number)[]");
  });
});
