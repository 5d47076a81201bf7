// Plain-text result tables: one row per contender, with the ratio against the baseline row
// measured in the same run.

const pad = (text, width, right) =>
  right ? String(text).padStart(width) : String(text).padEnd(width);

/**
 * Prints a table. `columns` are `{ key, title, right? }`; each row is an object with those keys.
 */
export const printTable = (title, columns, rows) => {
  const widths = columns.map((c) =>
    Math.max(c.title.length, ...rows.map((r) => String(r[c.key] ?? "").length)),
  );
  const line = (cells) => `| ${cells.join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(line(columns.map((c, i) => pad(c.title, widths[i], c.right))));
  console.log(
    line(
      columns.map((c, i) => (c.right ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i]))),
    ),
  );
  for (const row of rows)
    console.log(line(columns.map((c, i) => pad(row[c.key] ?? "", widths[i], c.right))));
};

/** `1234567.8` → `1,234,568`. */
export const formatNumber = (value, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const formatRatio = (value) => `${value.toFixed(2)}×`;

export const formatMiB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export const formatMs = (ms) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;

/** Median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A throughput table from tinybench tasks: ops/s (or MB/s via `perOp`) and the ratio to `baseline`. */
export const throughputRows = (tasks, baseline, { perOp = 1, unit = "ops/s", digits = 0 } = {}) => {
  const rate = (task) => {
    if (task.result.state !== "completed")
      throw new Error(`${task.name}: ${task.result.state} ${task.result.error ?? ""}`);
    return task.result.throughput.mean * perOp;
  };
  const base = rate(tasks.find((t) => t.name === baseline));
  return tasks.map((task) => ({
    contender: task.name,
    rate: `${formatNumber(rate(task), digits)} ${unit}`,
    rme: `±${task.result.throughput.rme.toFixed(1)}%`,
    mean: formatMs(task.result.latency.mean),
    samples: String(
      task.result.latency.samples?.length ?? task.result.throughput.samplesCount ?? "",
    ),
    ratio: formatRatio(rate(task) / base),
  }));
};

export const THROUGHPUT_COLUMNS = [
  { key: "contender", title: "contender" },
  { key: "rate", title: "throughput", right: true },
  { key: "rme", title: "rme", right: true },
  { key: "mean", title: "mean/op", right: true },
  { key: "ratio", title: "vs baseline", right: true },
];
