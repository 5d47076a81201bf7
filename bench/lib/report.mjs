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
