// Build: esbuild bundles the CLI and the library into dist/ (ESM, code-split so that heavy
// dependencies load only in the commands that need them); tsc emits the .d.ts files.
// Why bundle: `msk-planner price` must start in about 3x `node -e 0` (issue #3); resolving
// hundreds of small files from mathjs/zod/yargs at startup costs more than the code itself.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

/**
 * string-width (three copies: yargs's, cliui's, wrap-ansi's) builds an Intl.Segmenter and
 * Unicode-property regular expressions when it is imported: about a third of `node -e 0`'s own
 * start-up (issue #14), paid by every command although only help text measures widths. Built on
 * the first call instead: the module's code runs unchanged inside a function called once, so
 * every width is the same. An ES-module version of another shape (more than one export) fails the
 * build rather than being left eager unnoticed.
 */
const lazyStringWidth = {
  name: "lazy-string-width",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](?:.*[\\/])?string-width[\\/]index\.js$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      if (!/^export /m.test(src)) return undefined; // CommonJS string-width@4 (cli-table3's): no Segmenter
      const head = /^export default function stringWidth\(/m;
      if (!head.test(src) || src.match(/^export /gm).length !== 1)
        throw new Error(`${args.path}: expected one export, the default function stringWidth`);
      const imports = src.match(/^import .*;$/gm) ?? [];
      const body = src.replace(/^import .*;$/gm, "").replace(head, "function stringWidth(");
      const contents = `${imports.join("\n")}
let stringWidthOnce;
export default function stringWidth(...args) {
  stringWidthOnce ??= (() => {
${body}
return stringWidth;
  })();
  return stringWidthOnce(...args);
}
`;
      return { contents, loader: "js" };
    });
  },
};

// Build into a fresh folder and swap it in, so a process running the previous dist/ (a test, a
// benchmark) never sees a half-written bundle or a chunk deleted under it.
const tmp = `.dist-build-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: "src/cli/main.ts",
    index: "src/index.ts",
    "sweep-worker": "src/plan/simulate/worker.ts",
  },
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // Identifiers and syntax minified (start-up time), whitespace kept and names kept: an uncaught
  // error's stack trace points at a readable line and names the real class (issue #15). No source
  // maps: they were 4 MB of the package and nothing loaded them.
  minifyIdentifiers: true,
  minifySyntax: true,
  minifyWhitespace: false,
  keepNames: true,
  // Loaded lazily and only by the commands that need them: keep them out of the bundle.
  external: ["@aws-sdk/*", "@smithy/*", "exceljs", "cli-progress", "@cdktf/hcl2json"],
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  chunkNames: "chunks/[name]-[hash]",
  plugins: [lazyStringWidth],
  logLevel: "warning",
});
chmodSync(`${tmp}/cli.js`, 0o755);
// `msk-planner --help` served without loading yargs (src/cli/help-text.ts): yargs renders it here,
// through the bundle just built (no help file yet, so yargs answers), once per width.
const help = {};
for (const width of [100, 110]) {
  // A pipe has no width (yargs then wraps to 100); a terminal's width is process.stdout.columns.
  const columns = `data:text/javascript,Object.defineProperty(process.stdout,"columns",{value:${width}})`;
  help[width] = execFileSync(process.execPath, ["--import", columns, `${tmp}/cli.js`, "--help"], {
    encoding: "utf8",
  });
}
writeFileSync(`${tmp}/cli-help.json`, `${JSON.stringify(help)}\n`);
// Keep the previous chunks beside the new ones: a running process may still import one lazily.
// `--clean` (prepack) keeps none: the package holds only the chunks this build's entries import.
if (!process.argv.includes("--clean") && existsSync("dist/chunks"))
  cpSync("dist/chunks", `${tmp}/chunks`, { recursive: true, force: false, errorOnExist: false });
const old = `.dist-old-${process.pid}`;
if (existsSync("dist")) renameSync("dist", old);
renameSync(tmp, "dist");
rmSync(old, { recursive: true, force: true });
// `--no-types`: tests only need the runnable bundle (test/global-setup.ts).
if (!process.argv.includes("--no-types")) {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}
