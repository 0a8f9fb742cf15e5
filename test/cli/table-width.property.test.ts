// The build answers cli-table3's width of a printable-ASCII cell with its length, before
// string-width@4's own body (scripts/build.mjs asciiStringWidth: that body compiles a 10 kB emoji
// expression on first use). Law: for every string of printable ASCII (space to tilde),
// string-width@4 itself gives its length; strings with anything else (ANSI codes, emoji, wide or
// combining characters, control characters) do not match the shortcut and keep the library's answer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/** The shortcut's test, as scripts/build.mjs inserts it. */
const PLAIN = /^[\x20-\x7e]*$/;
const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

describe("string-width@4 on printable ASCII is the length (the build's shortcut)", () => {
  it("any printable-ASCII string: width = length", () => {
    fc.assert(
      fc.property(fc.array(printable, { maxLength: 40 }), (chars) => {
        const s = chars.join("");
        expect(PLAIN.test(s)).toBe(true);
        expect(stringWidth(s)).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
    // Every printable character, and every pair of them (the emoji expression matches none).
    for (let a = 0x20; a <= 0x7e; a++)
      for (let b = 0x20; b <= 0x7e; b++) {
        const s = String.fromCharCode(a, b);
        if (stringWidth(s) !== 2) throw new Error(`width of ${JSON.stringify(s)}`);
      }
    expect(stringWidth("")).toBe(0);
  });

  it("anything else is left to the library (not matched), where width and length differ", () => {
    for (const [s, width] of [
      ["\u001b[31mred\u001b[39m", 3], // ANSI colour codes
      ["a😀b", 4], // an emoji counts 2
      ["日本", 4], // wide characters
      ["e\u0301", 1], // a combining accent
      ["a\tb", 2], // a control character counts 0
      ["a\u007fb", 2], // DEL, just past the printable range
      ["—", 1], // an em dash: one column, but not ASCII
    ] as const) {
      expect(PLAIN.test(s), JSON.stringify(s)).toBe(false);
      expect(stringWidth(s), JSON.stringify(s)).toBe(width);
    }
  });

  it("the built fast-path bundles carry the shortcut", () => {
    for (const bundle of ["price.cjs", "plan.cjs", "sensitivity.cjs"])
      expect(readFileSync(join(ROOT, "dist", "fast", bundle), "utf8"), bundle).toContain(
        "/^[\\x20-\\x7e]*$/.test(",
      );
  });
});
