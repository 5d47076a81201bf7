/**
 * What the wire-exploration scripts share: calls that print what the server answers, and named
 * sections that can be picked from the command line.
 */
import { RECORD_SEPARATOR } from "./records.js";

/** Cuts `text` to `max` characters, saying how long it was. */
export const short = (text, max = 900) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

/** {@link short}, with record separators shown as `␞`. */
export const show = (text) => short(text.replaceAll(RECORD_SEPARATOR, "␞"));

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const safeJson = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const readAll = async (response) => {
  let text = "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, hung: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, hung: true };
  }
};

/**
 * Creates the helpers of a wire-exploration script against the server at `url`:
 * - `call(method, path, options)` sends a request to `<url>/api/workflows<path>` (or `<url><path>`
 *   with `abs`), prints the request and the answer (status, content type, body cut to `max`
 *   characters, and whether the body was still open after `timeoutMs`), and resolves with
 *   `{ status, text, json, headers, hung }` (`status` 0 and `error` when the fetch failed);
 * - `section(name, fn)` runs `fn` under a heading, unless `sections` is not empty and leaves
 *   `name` out; `beforeSection` runs first (e.g. to restart a server that died).
 */
export const createWireProbe = ({ url, sections = [], beforeSection = async () => {} }) => {
  const api = `${url}/api/workflows`;
  const only = new Set(sections);

  const call = async (
    method,
    path,
    { body, raw, headers, timeoutMs = 3000, max = 1500, abs = false } = {},
  ) => {
    const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(timeoutMs) };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["content-type"] = "application/json";
    }
    const started = Date.now();
    try {
      const response = await fetch(`${abs ? url : api}${path}`, init);
      const { text, hung } = await readAll(response);
      const line = `${response.status} [${response.headers.get("content-type")}] ${show(text)}${hung ? `  …STILL OPEN after ${timeoutMs} ms` : ""}`;
      console.log(
        `${method} ${path}${body ? ` ${JSON.stringify(body)}` : ""}${raw !== undefined ? ` raw=${short(JSON.stringify(raw), 40)}` : ""}\n  -> ${short(line, max)}  (${Date.now() - started} ms)`,
      );
      return {
        status: response.status,
        text,
        json: safeJson(text),
        headers: response.headers,
        hung,
      };
    } catch (error) {
      console.log(
        `${method} ${path}\n  -> FETCH ERROR ${error.cause?.code ?? error.name}: ${error.message} (${Date.now() - started} ms)`,
      );
      return { status: 0, text: "", error };
    }
  };

  const section = async (name, fn) => {
    if (only.size > 0 && !only.has(name)) return;
    console.log(`\n## ${name}`);
    await beforeSection();
    await fn();
  };

  return { api, call, section };
};
