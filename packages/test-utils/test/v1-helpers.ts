import { expect } from "vitest";
import { call as callJson, startV1 } from "./helpers.js";

export { startV1 };

/** A base URL and a fetch that reaches it: the fake (in process) or a real server. */
export interface Target {
  url: string;
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/**
 * A request against `/api/workflows…`; a body other than a string is sent as JSON. Unlike the
 * 0.x helper, a request without a body says nothing about JSON (1.x parses labelled bodies).
 */
export const call = (
  target: Target,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = body === undefined
    ? {}
    : { "content-type": "application/json" },
): Promise<Answer> => callJson(target, method, path, body, headers);

/** Splits a 1.x stream body: single-encoded records, each terminated by U+001E. */
export const decodeStream = (text: string): any[] => {
  expect(text === "" || text.endsWith("\u001e"), "the body ends with U+001E").toBe(true);
  return text
    .split("\u001e")
    .filter((piece) => piece !== "")
    .map((piece) => {
      const record: unknown = JSON.parse(piece);
      expect(typeof record, "records are single-encoded").toBe("object");
      return record;
    });
};

/** `type:id:status` of each record, for order assertions. */
export const outline = (records: any[]): string[] =>
  records.map((r) =>
    [r.type, r.payload.id, r.payload.status ?? r.payload.workflowStatus]
      .filter((part) => part !== undefined)
      .join(":"),
  );

const TIME_KEYS = new Set([
  "startedAt",
  "endedAt",
  "suspendedAt",
  "resumedAt",
  "createdAt",
  "updatedAt",
  "timestamp",
]);

/**
 * Canonical text of a JSON value with field order kept: times become their type, step call ids
 * are numbered in order of appearance, `sleep_<uuid>` ids and generated run ids are unified.
 */
export const canonical = (value: unknown): string => {
  const callIds = new Map<string, string>();
  return JSON.stringify(value, (key, v) => {
    if (TIME_KEYS.has(key)) return typeof v;
    if (key === "stepCallId" && typeof v === "string") {
      if (!callIds.has(v)) callIds.set(v, `call-${callIds.size}`);
      return callIds.get(v);
    }
    return v;
  })
    .replace(/sleep_[0-9a-f-]{36}/g, "sleep_X")
    .replace(/"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"UUID"');
};

/** Opens `path` with a POST and resolves with its body text once it ends. */
export const postText = async (target: Target, path: string, body?: unknown): Promise<string> =>
  (await call(target, "POST", path, body)).text;
