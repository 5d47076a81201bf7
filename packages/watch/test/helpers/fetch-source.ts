import type { RunStateSnapshot, WatchSource } from "@wfkit/watch";

/** A non-2xx answer, as a client would report it. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body}`);
    this.name = "HttpStatusError";
  }
}

/** A {@link WatchSource} over real HTTP (fetch), speaking Mastra's routes. */
export const createFetchSource = (
  baseUrl: string,
  runId: string,
  workflowId = "wf",
): WatchSource => ({
  async open(signal) {
    const url = `${baseUrl}/api/workflows/${workflowId}/watch?runId=${encodeURIComponent(runId)}`;
    const response = await fetch(url, { signal });
    if (!response.ok) throw new HttpStatusError(response.status, await response.text());
    if (response.body === null) throw new Error("The watch response has no body.");
    return response.body;
  },
  async state(signal) {
    const url = `${baseUrl}/api/workflows/${workflowId}/runs/${encodeURIComponent(runId)}/execution-result`;
    const response = await fetch(url, { signal });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (!response.ok) throw new HttpStatusError(response.status, await response.text());
    return (await response.json()) as RunStateSnapshot;
  },
});
