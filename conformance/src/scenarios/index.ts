import type { Scenario } from "../types.js";
import { cancelEventScenarios } from "./cancel-events.js";
import { discoveryScenarios } from "./discovery.js";
import { fireAndForgetScenarios } from "./fire-and-forget.js";
import { inspectionScenarios } from "./inspection.js";
import { resumeScenarios } from "./resume.js";
import { lifecycleScenarios } from "./runs-lifecycle.js";
import { v1RestartTimeTravelScenarios } from "./v1-restart-time-travel.js";
import { v1RouteScenarios } from "./v1-routes.js";
import { streamScenarios, watchScenarios } from "./watch.js";
import { wireErrorScenarios } from "./wire-errors.js";

/** Every scenario, in the order they run. Ids are unique. */
export const scenarios: readonly Scenario[] = [
  ...discoveryScenarios,
  ...lifecycleScenarios,
  ...resumeScenarios,
  ...fireAndForgetScenarios,
  ...inspectionScenarios,
  ...cancelEventScenarios,
  ...watchScenarios,
  ...streamScenarios,
  ...wireErrorScenarios,
  ...v1RouteScenarios,
  ...v1RestartTimeTravelScenarios,
];
