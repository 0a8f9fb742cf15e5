// Build: esbuild bundles the CLI and the library into dist/ (ESM, code-split so that heavy
// dependencies load only in the commands that need them); tsc emits the .d.ts files.
// Why bundle: `msk-planner price` must start in about 3x `node -e 0` (issue #3); resolving
// hundreds of small files from mathjs/zod/yargs at startup costs more than the code itself.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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

/**
 * cli-table3 measures every cell with string-width@4 (CommonJS), which strips ANSI codes and
 * replaces emoji with a regular expression of about 10 kB before counting: compiling that
 * expression was about 5 ms of `price FILE`'s start-up (issue #14), for cells that are plain ASCII.
 * A string of printable ASCII (space to tilde) holds no ANSI code (they start with ESC or CSI) and
 * no emoji (each holds a code point above ASCII), and each of its characters counts 1, so its
 * width is its length: answered first, before the unchanged function body
 * (test/cli/table-width.property.test.ts holds the two equal). The line is matched exactly, so a
 * changed string-width fails the build rather than losing the shortcut unnoticed.
 */
const asciiStringWidth = {
  name: "ascii-string-width",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      if (/^export /m.test(src)) return undefined; // the ES-module versions: lazyStringWidth
      const head = "const stringWidth = string => {\n";
      if (src.split(head).length !== 2) throw new Error(`${args.path}: expected the line ${head.trim()}`);
      const plain =
        "\tif (typeof string === 'string' && /^[\\x20-\\x7e]*$/.test(string)) return string.length;\n";
      return { contents: src.replace(head, head + plain), loader: "js" };
    });
  },
};

/**
 * src/cli/io.ts parses YAML with the `yaml` library only when the file is not plain block YAML
 * (src/cli/plain-yaml.ts reads those, which is what workload and cluster files are). Imported
 * statically, yaml's CommonJS modules would still be compiled and run on every start (about 20 ms
 * of CPU for `price FILE` and `plan FILE`, issue #14). Built as a require() at the call instead:
 * esbuild bundles the same library and initialises it on the first call. The line is matched
 * exactly, so a changed import fails the build rather than staying eager unnoticed.
 */
const lazyYamlInIo = {
  name: "lazy-yaml-in-io",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]io\.ts$/ }, (args) => {
      const src = readFileSync(args.path, "utf8");
      const line = 'import { parseDocument } from "yaml";\n';
      if (src.split(line).length !== 2) throw new Error(`${args.path}: expected the line ${line.trim()}`);
      const lazy =
        'const parseDocument: typeof import("yaml").parseDocument = (...a: never[]) => require("yaml").parseDocument(...a);\n';
      return { contents: src.replace(line, lazy), loader: "ts" };
    });
  },
};

// Build into a fresh folder and swap it in, so a process running the previous dist/ (a test, a
// benchmark) never sees a half-written bundle or a chunk deleted under it.
const tmp = `.dist-build-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
const common = {
  bundle: true,
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
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: {
    cli: "src/cli/main.ts",
    index: "src/index.ts",
  },
  outdir: tmp,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  plugins: [lazyStringWidth, asciiStringWidth, lazyYamlInIo],
});
chmodSync(`${tmp}/cli.js`, 0o755);
// The fast path (src/cli/fast-path.ts): `price FILE`, `plan FILE`, `sensitivity FILE` and a
// streamed sweep each load one self-contained bundle instead of about thirty chunks. Lazily
// imported code (the alternatives, --baseline's diff) is in the bundle too, evaluated only when
// imported. As CommonJS, for V8's code cache (src/cli/fast-load.ts: Node 20 caches compiled
// scripts, not ES modules), strict as the ES-module build is. Their own
// `require` comes from the loader, so no banner; import.meta has no value in CommonJS, so a
// bundle using it fails the build. The sweep and Monte Carlo worker thread too
// (dist/sweep-worker.cjs, src/plan/simulate/start-workers.ts): its start-up is paid per worker,
// per run, while this thread prepares the run, and a worker thread started on an ES module first
// compiles Node's ES module loader in its own isolate; on CommonJS it is ready about a quarter
// sooner with 10-15 ms less CPU (issue #14 goal 3). The thread starts on a small entry
// (src/cli/worker-boot.ts) that loads the worker's code, dist/sweep-worker-code.cjs, with its code
// cache, as the fast bundles are (below).
const fastCjs = ["price", "plan", "sensitivity", "sweep"];
await build({
  ...common,
  format: "cjs",
  entryPoints: {
    ...Object.fromEntries(fastCjs.map((c) => [`fast/${c}`, `src/cli/fast/${c}.ts`])),
    "sweep-worker": "src/cli/worker-boot.ts",
    "sweep-worker-code": "src/plan/simulate/worker.ts",
  },
  outdir: tmp,
  outExtension: { ".js": ".cjs" },
  splitting: false,
  // import.meta.url as in the ES-module build: the bundle's own file (the sweep finds its worker
  // bundle beside it, src/plan/simulate/start-workers.ts).
  banner: {
    js: '"use strict";\nvar __import_meta_url = require("node:url").pathToFileURL(__filename).href;',
  },
  define: { "import.meta.url": "__import_meta_url" },
  // import() of a package left out of the bundle (the sweep's progress bar: cli-progress) as
  // require(): a bundle compiled as a script by fast-load.ts has no module loader to import with
  // ("A dynamic import callback was not specified"; Node 20's importModuleDynamically:
  // USE_MAIN_CONTEXT_DEFAULT_LOADER is experimental, prints a warning and is lost when the script
  // comes from the code cache). The build fails if an import() is left (below).
  supported: { "dynamic-import": false },
  logOverride: { "empty-import-meta": "error" },
  plugins: [lazyStringWidth, asciiStringWidth, lazyYamlInIo],
});
for (const c of fastCjs)
  if (/\bimport\s*\(/.test(readFileSync(`${tmp}/fast/${c}.cjs`, "utf8")))
    throw new Error(`dist/fast/${c}.cjs: an import() is left, which a vm.Script cannot run`);
// The arguments yargs hands each fast-path command's handler, recorded through the program itself
// (program.ts parsedArgv) for the line with a placeholder file: [key] for undefined, [key, value].
const capture = `.argv-capture-${process.pid}.mjs`;
await build({
  ...common,
  stdin: {
    contents: `import { parsedArgv } from "./src/cli/program.ts";
import { RECORDED_COMMANDS, FILE_PLACEHOLDER } from "./src/cli/fast-path.ts";
const out = {};
for (const command of RECORDED_COMMANDS)
  out[command] = Object.entries(await parsedArgv([command, FILE_PLACEHOLDER])).map(([k, v]) => (v === undefined ? [k] : [k, v]));
process.stdout.write(JSON.stringify({ placeholder: FILE_PLACEHOLDER, argv: out }));`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  outfile: capture,
  plugins: [lazyStringWidth],
});
let recorded;
try {
  recorded = JSON.parse(execFileSync(process.execPath, [capture], { encoding: "utf8" }));
} finally {
  rmSync(capture, { force: true });
}
// Only plain data survives the JSON file unchanged; the placeholder must be a whole value (the file).
for (const [command, pairs] of Object.entries(recorded.argv)) {
  for (const [key, value] of pairs) {
    const plain =
      value === undefined ||
      ["string", "boolean", "number"].includes(typeof value) ||
      (Array.isArray(value) && value.every((v) => ["string", "number"].includes(typeof v)));
    if (
      !plain ||
      (value !== recorded.placeholder && JSON.stringify(value ?? null).includes(recorded.placeholder))
    )
      throw new Error(
        `${command}: yargs argument ${key} = ${JSON.stringify(value)} cannot be recorded for the fast path`,
      );
  }
  if (!pairs.some(([, v]) => v === recorded.placeholder))
    throw new Error(`${command}: the file is in no argument`);
}
writeFileSync(`${tmp}/cli-argv.json`, `${JSON.stringify(recorded.argv)}\n`);
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
// The code cache of each CommonJS fast bundle (src/cli/fast-load.ts): a fresh process loads the
// bundle as the CLI does, runs its command on every fixture file of its kind (so the cache holds
// the code those runs compiled, whichever kind of cluster or workload; a sweep on one grid, as
// CSV and NDJSON) and saves what V8 compiled.
// No refreshed catalog is read (the cache folder does not exist); output is discarded.
const cacheGen = `.code-cache-${process.pid}.mjs`;
await build({
  ...common,
  stdin: {
    contents: `import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cachePath, compileBundle, runBundle } from "./src/cli/fast-load.ts";
import { fastArgv } from "./src/cli/fast-path.ts";
const [dir, command, lines] = process.argv.slice(2);
const recorded = JSON.parse(readFileSync(dir + "/cli-argv.json", "utf8"));
const bundle = resolve(dir, "fast", command + ".cjs");
const script = compileBundle(bundle);
const { run } = runBundle(script, bundle);
for (const args of JSON.parse(lines)) {
  const line = [command, ...args];
  await run(fastArgv(line, recorded).argv);
  if (process.exitCode) throw new Error(line.join(" ") + " failed: no code cache");
}
writeFileSync(cachePath(bundle), script.createCachedData());`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  outfile: cacheGen,
});
try {
  const fixtures = (folder) =>
    readdirSync(folder)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => `${folder}/${f}`);
  // A sweep: the bench's grid (bench/simulate.bench.mjs), smaller, as CSV and as NDJSON.
  const grid = ["--vary", "peakIngress=3MiB/s..300MiB/s:30", "--vary", "partitions=30..3000:30"];
  const lines = {
    price: fixtures("fixtures/clusters").map((f) => [f]),
    plan: fixtures("fixtures/workloads").map((f) => [f]),
    sensitivity: fixtures("fixtures/workloads").map((f) => [f]),
    sweep: ["--csv", "--json"].map((format) => ["fixtures/workloads/small.yaml", ...grid, format]),
  };
  for (const command of fastCjs) {
    // stderr piped: a fixture's notes are not the build's; a failure's error carries it.
    execFileSync(process.execPath, [cacheGen, tmp, command, JSON.stringify(lines[command])], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, MSK_PLANNER_CACHE_DIR: `${tmp}/no-cache-folder` },
    });
  }
} finally {
  rmSync(cacheGen, { force: true });
}
// The worker's code cache (src/cli/worker-boot.ts), made in a worker thread started as a run
// starts one (same entry, same resource limits): the build hands it sweep jobs on the bench's grid,
// smaller (as CSV and NDJSON), and a Monte Carlo job, then asks for the code V8 compiled.
const workerCacheGen = `.worker-cache-${process.pid}.mjs`;
await build({
  ...common,
  stdin: {
    contents: `import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { parse } from "yaml";
import { cachePath } from "./src/cli/fast-load.ts";
import { bundledCatalog } from "./src/pricing/bundled-catalog.ts";
import { extractDistributions } from "./src/model/distribution.ts";
import { compileSweep, prepareSweep } from "./src/plan/simulate/sweep.ts";
import { RESOURCE_LIMITS } from "./src/plan/simulate/start-workers.ts";
import { COUNTERS } from "./src/plan/simulate/thread-protocol.ts";
const [dir, vary] = [process.argv[2], JSON.parse(process.argv[3])];
const { port1, port2 } = new MessageChannel();
const worker = new Worker(resolve(dir, "sweep-worker.cjs"), {
  resourceLimits: RESOURCE_LIMITS,
  workerData: { codeCache: port2 },
  transferList: [port2],
});
worker.on("error", (e) => { throw e; });
/** One job of every chunk, the worker alone claiming them (a window of all): resolves when all replied. */
function job(task, total, chunkSize, slotBytes) {
  const chunks = Math.ceil(total / chunkSize);
  const counters = new Int32Array(new SharedArrayBuffer(4 * COUNTERS));
  // A sweep's rows into slots of shared memory, as a run's (src/plan/simulate/pool.ts).
  const slots = slotBytes ? { slots: new Uint8Array(new SharedArrayBuffer(chunks * slotBytes)), slotBytes } : {};
  return new Promise((resolve, reject) => {
    let replies = 0;
    const on = (m) => {
      if ("error" in m) reject(new Error(m.error.message));
      else if (++replies === chunks) {
        worker.off("message", on);
        resolve();
      }
    };
    worker.on("message", on);
    worker.postMessage({ task, counters, chunks, chunkSize, total, window: chunks, ...slots });
  });
}
const catalog = bundledCatalog();
const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
for (const format of ["csv", "ndjson"]) {
  const init = compileSweep({ input, vary, catalog, format });
  const s = prepareSweep(init);
  await job({ task: "sweep", init }, s.total, 2048, s.maxChunkBytes(2048));
}
const mc = extractDistributions({
  ...input,
  streams: [{ ...input.streams[0], peakIngress: { dist: "lognormal", p50: "20 MiB/s", p95: "120 MiB/s" } }],
});
await job({ task: "montecarlo", init: { ...mc, seed: 1, catalog } }, 4096, 1024);
port1.postMessage("cache");
const data = await new Promise((resolve) => port1.once("message", resolve));
writeFileSync(cachePath(resolve(dir, "sweep-worker-code.cjs")), data);
port1.close();
await worker.terminate();`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  outfile: workerCacheGen,
});
try {
  const vary = ["peakIngress=3MiB/s..300MiB/s:30", "partitions=30..3000:30"];
  execFileSync(process.execPath, [workerCacheGen, tmp, JSON.stringify(vary)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
} finally {
  rmSync(workerCacheGen, { force: true });
}
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
