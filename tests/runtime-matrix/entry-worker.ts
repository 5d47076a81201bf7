/**
 * Worker entry of the seed flow, for Cloudflare's workerd: a module Worker whose `fetch` handler
 * runs the flow against the fake server named by `?baseUrl=` and answers `{ report }` or `{ error }`.
 * No `nodejs_compat` flag is set, so no Node built-in is available to it.
 */
import { runSeedFlow, type SeedFlowReport } from "./seed-flow.js";

/** What the Worker answers: the report, or the error that stopped the flow. */
export type WorkerOutcome = { report: SeedFlowReport } | { error: string };

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);

export default {
  async fetch(request: Request): Promise<Response> {
    const baseUrl = new URL(request.url).searchParams.get("baseUrl") ?? "";
    try {
      const outcome: WorkerOutcome = { report: await runSeedFlow(baseUrl) };
      return Response.json(outcome);
    } catch (error) {
      const outcome: WorkerOutcome = { error: describe(error) };
      return Response.json(outcome, { status: 500 });
    }
  },
};
