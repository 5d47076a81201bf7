import { createScenarioContext } from "./context.js";
import type { Generation, Scenario, ScenarioResult, TargetConnection } from "./types.js";

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** The generation the target speaks. @defaultValue "0.x" */
  generation?: Generation;
  /** Run scenarios that crash a real Mastra 0.10 server even when the target cannot restart. */
  allowDestructive?: boolean;
}

/** One scenario that does not apply to a generation, and why. */
export interface NotApplicable {
  scenario: Scenario;
  why: string;
}

/**
 * The scenarios of one generation: those that apply, and those that do not (each with the
 * reason from its `notIn`).
 */
export function scenariosFor(
  all: readonly Scenario[],
  generation: Generation,
): { applicable: Scenario[]; notApplicable: NotApplicable[] } {
  const applicable: Scenario[] = [];
  const notApplicable: NotApplicable[] = [];
  for (const scenario of all) {
    const why = scenario.notIn?.[generation];
    if (why === undefined) applicable.push(scenario);
    else notApplicable.push({ scenario, why });
  }
  return { applicable, notApplicable };
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
  const generation = options.generation ?? "0.x";
  const notHere = scenario.notIn?.[generation];
  if (notHere !== undefined) {
    return {
      ...base,
      observations: [],
      skipped: `not on ${generation}: ${notHere}`,
      durationMs: 0,
    };
  }
  if (
    generation === "0.x" &&
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
    generation,
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
