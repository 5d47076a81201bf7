/**
 * Browser entry of the seed flow: the page's `?baseUrl=` names the fake server (another origin,
 * so every call goes through CORS). The outcome lands on `window.seedFlow`.
 */
import { runSeedFlow, type SeedFlowReport } from "./seed-flow.js";

declare global {
  interface Window {
    seedFlow?: { report: SeedFlowReport } | { error: string };
  }
}

const baseUrl = new URL(location.href).searchParams.get("baseUrl") ?? "";
runSeedFlow(baseUrl).then(
  (report) => (window.seedFlow = { report }),
  (error: unknown) =>
    (window.seedFlow = {
      error:
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error),
    }),
);
