// Repeated runs for figures compared across contenders: every repeat times each contender once
// (the order rotates, so none is always first), and each figure is the MEDIAN over the repeats of
// the rate and of the per-repeat ratio to the baseline (single runs on a noisy machine differ by
// several percent).
import { formatNumber, formatRatio, median, printTable } from "./report.mjs";

/**
 * Runs `contenders` (`{ name: async () => void }`, the first is the baseline) `repeats` times after
 * `warmups` unrecorded rounds. `perRun` is how many units (MB, calls) one run handles. Returns
 * one row per contender: `{ name, rates, ratios }`, rate = units/s.
 */
export const repeated = async (contenders, { repeats, warmups = 1, perRun }) => {
  const names = Object.keys(contenders);
  const rates = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmups; round < repeats; round++) {
    const shift = ((round % names.length) + names.length) % names.length;
    const order = [...names.slice(shift), ...names.slice(0, shift)];
    for (const name of order) {
      const started = performance.now();
      await contenders[name]();
      const seconds = (performance.now() - started) / 1000;
      if (round >= 0) rates[name].push(perRun / seconds);
    }
  }
  const base = rates[names[0]];
  return names.map((name) => ({
    name,
    rates: rates[name],
    ratios: rates[name].map((rate, i) => rate / base[i]),
  }));
};

/** The median over the repeats of `row`'s rate divided by `against`'s (rows of `repeated`). */
export const medianRatio = (row, against) =>
  median(row.rates.map((rate, i) => rate / against.rates[i]));

/** Prints the rows of `repeated` with their medians, the spread, and ratios to the baseline and to `versus`. */
export const printRepeated = (title, rows, { unit, digits = 0, versus, versusLabel = versus }) => {
  const against = rows.find((r) => r.name === versus);
  printTable(
    title,
    [
      { key: "contender", title: "contender" },
      { key: "rate", title: `median ${unit}`, right: true },
      { key: "spread", title: "min – max", right: true },
      { key: "ratio", title: "median vs baseline", right: true },
      { key: "versus", title: versus === undefined ? "" : `median vs ${versusLabel}`, right: true },
    ].filter((c) => c.title !== ""),
    rows.map((r) => ({
      contender: r.name,
      rate: formatNumber(median(r.rates), digits),
      spread: `${formatNumber(Math.min(...r.rates), digits)} – ${formatNumber(Math.max(...r.rates), digits)}`,
      ratio: formatRatio(median(r.ratios)),
      versus: against === undefined || r === against ? "" : formatRatio(medianRatio(r, against)),
    })),
  );
};
