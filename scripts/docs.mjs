// `npm run docs`: write the generated documents. docs/sources.md is the sources table
// (src/model/sources.ts) as Markdown, from the built library; docs/api.md is the library's API
// (scripts/api-doc.mjs, from the TSDoc in src/). test/docs/sources-doc.test.ts and
// test/docs/api-doc.test.ts fail when a committed file differs from its render. Each is written to
// a temp file then renamed (never half-written).
import { renameSync, writeFileSync } from "node:fs";
import { renderSourcesMarkdown } from "../dist/index.js";
import { renderApi } from "./api-doc.mjs";

for (const [out, text] of [
  ["docs/sources.md", renderSourcesMarkdown()],
  ["docs/api.md", renderApi().markdown],
]) {
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, out);
  process.stdout.write(`wrote ${out}\n`);
}
