// `npm run docs`: write the generated documents from the built library. docs/sources.md is the
// sources table (src/pricing/sources.ts) as Markdown; test/docs/sources-doc.test.ts fails when the
// committed file differs from this render. Written to a temp file then renamed (never half-written).
import { renameSync, writeFileSync } from "node:fs";
import { renderSourcesMarkdown } from "../dist/index.js";

const out = "docs/sources.md";
const tmp = `${out}.tmp-${process.pid}`;
writeFileSync(tmp, renderSourcesMarkdown());
renameSync(tmp, out);
process.stdout.write(`wrote ${out}\n`);
