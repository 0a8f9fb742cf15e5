// The terminal table helper (src/report/table.ts) on its own: without an alignment every column is
// left-aligned; footer rows go under a rule of their own.
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/report/table.js";

describe("renderTable", () => {
  it("columns are left-aligned unless told otherwise; a footer sits under its own rule", () => {
    expect(
      renderTable({
        head: ["name", "n"],
        rows: [
          ["a", "1"],
          ["bbbb", "22"],
        ],
      }).split("\n"),
    ).toEqual([
      "┌──────┬────┐",
      "│ name │ n  │",
      "├──────┼────┤",
      "│ a    │ 1  │",
      "│ bbbb │ 22 │",
      "└──────┴────┘",
    ]);
    expect(
      renderTable({
        head: ["name", "n"],
        rows: [["a", "1"]],
        align: ["left", "right"],
        footer: [["all", "1"]],
      }).split("\n"),
    ).toEqual([
      "┌──────┬───┐",
      "│ name │ n │",
      "├──────┼───┤",
      "│ a    │ 1 │",
      "├──────┼───┤",
      "│ all  │ 1 │",
      "└──────┴───┘",
    ]);
  });
});
