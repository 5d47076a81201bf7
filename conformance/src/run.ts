import { ServerDownError, createScenarioContext } from "./context.js";
import type { Scenario, ScenarioResult, TargetConnection } from "./types.js";

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** Run scenarios that crash a real Mastra 0.10 server even when the target cannot restart. */
  allowDestructive?: boolean;
}

/**
 * Runs one scenario against one connected target and returns its normalised observations. An
 * unexpected exception becomes a `scenario error` observation, so it shows up in the comparison.
 *
 * @throws `ServerDownError` when the server died and cannot be restarted.
 */
export async function runScenario(
  scenario: Scenario,
  target: { name: string; connection: TargetConnection },
  options: RunScenarioOptions = {},
): Promise<ScenarioResult> {
  const started = Date.now();
  const base = { scenarioId: scenario.id, target: target.name };
  const { connection } = target;
  if (
    scenario.destructive &&
    !connection.restart &&
    !connection.crashSafe &&
    !options.allowDestructive
  ) {
    return {
      ...base,
      observations: [],
      skipped: "it crashes a real Mastra 0.10 server and this target cannot be restarted",
      durationMs: 0,
    };
  }
  const recorder = createScenarioContext({
    targetName: target.name,
    scenarioId: scenario.id,
    connection: target.connection,
  });
  try {
    await scenario.run(recorder.ctx);
  } catch (error) {
    recorder.fail(error);
  }
  return { ...base, observations: recorder.observations, durationMs: Date.now() - started };
}

/**
 * Runs scenarios one after another (real Mastra restarts would otherwise cut other scenarios'
 * runs). After a `ServerDownError` the rest are reported as skipped.
 */
export async function runScenarios(
  scenarios: readonly Scenario[],
  target: { name: string; connection: TargetConnection },
  options: RunScenarioOptions & { onResult?: (result: ScenarioResult) => void } = {},
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  let down: string | undefined;
  for (const scenario of scenarios) {
    let result: ScenarioResult;
    if (down !== undefined) {
      result = {
        scenarioId: scenario.id,
        target: target.name,
        observations: [],
        skipped: down,
        durationMs: 0,
      };
    } else {
      try {
        result = await runScenario(scenario, target, options);
      } catch (error) {
        if (!(error instanceof ServerDownError)) throw error;
        down = error.message;
        result = {
          scenarioId: scenario.id,
          target: target.name,
          observations: [],
          skipped: down,
          durationMs: 0,
        };
      }
    }
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}
