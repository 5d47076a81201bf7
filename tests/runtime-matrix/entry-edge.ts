/**
 * Vercel edge-runtime entry of the seed flow: a script that registers a `fetch` event listener,
 * as an Edge Function does. The request's `?baseUrl=` names the fake server; it answers
 * `{ report }` or `{ error }`.
 */
import { runSeedFlow } from "./seed-flow.js";
import type { WorkerOutcome } from "./entry-worker.js";

interface FetchEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
declare function addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);

const answer = async (request: Request): Promise<Response> => {
  const baseUrl = new URL(request.url).searchParams.get("baseUrl") ?? "";
  try {
    const outcome: WorkerOutcome = { report: await runSeedFlow(baseUrl) };
    return Response.json(outcome);
  } catch (error) {
    const outcome: WorkerOutcome = { error: describe(error) };
    return Response.json(outcome, { status: 500 });
  }
};

addEventListener("fetch", (event) => event.respondWith(answer(event.request)));
