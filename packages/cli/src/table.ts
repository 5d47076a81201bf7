import type { Colors } from "./context.js";

/** Renders rows as aligned columns under a dimmed header. Cells are plain text. */
export const renderTable = (
  headers: readonly string[],
  rows: readonly string[][],
  colors: Colors,
): string => {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [colors.dim(line(headers)), ...rows.map(line)].join("\n") + "\n";
};
