/** How Mastra 0.x records a step error. */

/**
 * Formats a thrown value the way Mastra reports step errors: the error's `stack` string, whose
 * first line is `Error: <message>`. Frames are fixed so results stay deterministic.
 */
export const formatStepError = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return `Error: ${message}\n    at DefaultExecutionEngine.executeStep (file:///fake-mastra/engine.js:1:1)\n    at async DefaultExecutionEngine.execute (file:///fake-mastra/engine.js:1:1)`;
};
