import { diffValues } from "../diff.js";
import { normalise } from "../normalise.js";
import type { Scenario } from "../types.js";
import { CITY, FAILING, PIPELINE, UNKNOWN_WORKFLOW } from "./workflows.js";

/** `getWorkflows()` and `details()`: registration keys vs names, steps, graphs and schemas. */
export const discoveryScenarios: readonly Scenario[] = [
  {
    id: "get-workflows",
    title: "getWorkflows lists every workflow by registration key, with its id as name",
    workflows: [CITY, FAILING, PIPELINE],
    async run(ctx) {
      const list = await ctx.call("getWorkflows()", () => ctx.client.getWorkflows());
      if (!list) return;
      ctx.observe(
        "keys → names",
        Object.fromEntries(Object.entries(list).map(([key, info]) => [key, info.name])),
      );
    },
  },
  ...[CITY, FAILING, PIPELINE].map((key): Scenario => ({
    id: `details/${key}`,
    title: `details() of ${key}: steps, allSteps, stepGraph and every schema`,
    workflows: [key],
    async run(ctx) {
      const details = await ctx.call("details()", () => ctx.workflow(key).details());
      if (!details) return;
      ctx.observe("fields", Object.keys(details).sort());
      ctx.observe("step ids in order", Object.keys(details.steps));
      ctx.observe(
        "stepGraph kinds",
        details.stepGraph.map((entry) => (entry as { type: string }).type),
      );
      const list = await ctx.client.getWorkflows();
      ctx.observe("details() equals its getWorkflows() entry", {
        equal: diffValues(normalise(list[key]), normalise(details)).length === 0,
      });
    },
  })),
  {
    id: "details/unknown-workflow",
    title: "details() of an unknown key, and of a workflow's id instead of its key",
    workflows: [CITY],
    async run(ctx) {
      await ctx.call("details() unknown key", () => ctx.workflow(UNKNOWN_WORKFLOW).details());
      await ctx.call("details() by id city-workflow", () =>
        ctx.workflow("city-workflow").details(),
      );
    },
  },
];
