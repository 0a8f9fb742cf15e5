// Renders README.md's table of bundled regions from the bundled catalog (src/pricing/coverage.ts,
// through the built library: run `npm run build` first). `--write` replaces the table between its
// markers in README.md; without it the table is printed. test/pricing/coverage.test.ts checks that
// README.md holds exactly what this writes.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { bundledCatalog, COVERAGE_BEGIN, COVERAGE_END, coverageMarkdown } from "../dist/index.js";

const table = coverageMarkdown(bundledCatalog());
if (!process.argv.includes("--write")) {
  process.stdout.write(table);
} else {
  const readme = readFileSync("README.md", "utf8");
  const a = readme.indexOf(COVERAGE_BEGIN);
  const b = readme.indexOf(COVERAGE_END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${COVERAGE_BEGIN} … ${COVERAGE_END}`);
  const next = `${readme.slice(0, a + COVERAGE_BEGIN.length)}\n${table}${readme.slice(b)}`;
  writeFileSync("README.md.tmp", next);
  renameSync("README.md.tmp", "README.md");
}
