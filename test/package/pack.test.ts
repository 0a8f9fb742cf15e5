// The package as users get it (issue #15). A copy of the package's sources is packed with
// `npm pack`, prepack included (a clean build, so a chunk left by an earlier build must not ship);
// the tarball is checked file by file; then fresh CommonJS and ES module projects that install the
// tarball offline (unpacked into node_modules, with only its `dependencies` beside it) type-check
// strict with `nodenext` and run code that narrows a Standard result and reads
// configuration.brokers as a number, no cast.
//
// Speed (CI budget): the package is packed once; both consumer projects sit under one folder and
// share that folder's node_modules (Node and TypeScript look up the tree), and one compiler run
// checks both files, each in its own project's module format (nodenext reads the nearest
// package.json "type"), so the package's declarations are parsed once, not twice.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const work = mkdtempSync(join(tmpdir(), "msk-pack-"));
const unpacked = join(work, "consumers/node_modules/msk-planner");
/** A chunk an earlier build left in dist/ (the build keeps old chunks for running processes). */
const STALE = "dist/chunks/stale-EARLIER1.js";

interface Manifest {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
let files: string[] = [];

/** Pack a copy of the package (sources, build scripts, the files it ships), prepack and all. */
function packCopy(): string {
  const pkg = join(work, "pkg");
  for (const f of [
    "package.json",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "tsconfig.json",
    "tsconfig.build.json",
    "scripts",
    "src",
    "fixtures/workloads",
    "fixtures/clusters",
  ])
    cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
  mkdirSync(join(pkg, dirname(STALE)), { recursive: true });
  writeFileSync(join(pkg, STALE), "export const stale = 1;\n");
  const dest = join(work, "tarball");
  mkdirSync(dest);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dest], {
    cwd: pkg,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const [name] = readdirSync(dest).filter((f) => f.endsWith(".tgz"));
  return join(dest, name ?? "");
}

beforeAll(() => {
  const tarball = packCopy();
  files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f.length > 0 && !f.endsWith("/"))
    .map((f) => f.replace(/^package\//, ""));
  mkdirSync(unpacked, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"]);
}, 300_000);

const read = (f: string) => readFileSync(join(unpacked, f), "utf8");

/** Bare module specifiers imported (statically, dynamically or by require) by a file's text. */
function bareImports(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
    const spec = m[1] ?? "";
    if (!/^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(\/[\w./~-]*)?$/.test(spec)) continue;
    if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0] ?? "")) continue;
    out.add(
      spec
        .split("/")
        .slice(0, spec.startsWith("@") ? 2 : 1)
        .join("/"),
    );
  }
  return [...out];
}

/** Relative JS files a bundle file imports (static or dynamic), as package paths. */
function relativeImports(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.\.?\/[^"']+\.js)["']/g))
    out.push(posix.normalize(posix.join(posix.dirname(file), m[1] ?? "")));
  return out;
}

describe("npm pack", () => {
  it("holds the bundle, declarations, README, LICENSE and documented fixtures; no tests, sources or source maps", () => {
    for (const f of [
      "package.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
      "dist/index.js",
      "dist/cli.js",
      "dist/sweep-worker.cjs",
      // The worker thread's code and its V8 code cache (src/cli/worker-boot.ts).
      "dist/sweep-worker-code.cjs",
      "dist/sweep-worker-code.cjs.cache",
      // The fast path's CommonJS bundles and their V8 code caches (src/cli/fast-load.ts).
      "dist/fast/price.cjs",
      "dist/fast/price.cjs.cache",
      "dist/fast/plan.cjs",
      "dist/fast/plan.cjs.cache",
      "dist/types/index.d.ts",
    ])
      expect(files, f).toContain(f);
    for (const f of files) {
      expect(f, f).toMatch(
        /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/|fixtures\/(workloads|clusters)\/)/,
      );
      expect(f, f).not.toMatch(/\.map$|^test\/|^src\/|\.test\./);
    }
    // Declarations only for the library (src/index.ts and what it reaches), not the CLI's.
    expect(files.filter((f) => f.startsWith("dist/types/cli/"))).toEqual([]);
  });

  it("prepack builds from a clean dist/: every chunk is imported by an entry, no stale chunk ships", () => {
    expect(manifest.scripts.prepack).toMatch(/build\.mjs --clean/);
    expect(files).not.toContain(STALE);
    const reached = new Set<string>();
    const queue = ["dist/index.js", "dist/cli.js", "dist/sweep-worker.cjs"];
    while (queue.length > 0) {
      const f = queue.pop() as string;
      if (reached.has(f)) continue;
      reached.add(f);
      queue.push(...relativeImports(f));
    }
    const js = files.filter((f) => f.startsWith("dist/") && f.endsWith(".js"));
    expect(js.filter((f) => !reached.has(f))).toEqual([]);
    expect(js.filter((f) => f.startsWith("dist/chunks/")).length).toBeGreaterThan(0);
  });

  it("dependencies are what the bundle leaves out plus what the shipped types import; bundled libraries are devDependencies", () => {
    const runtime = new Set(files.filter((f) => /\.c?js$/.test(f)).flatMap((f) => bareImports(read(f))));
    const types = new Set(files.filter((f) => f.endsWith(".d.ts")).flatMap((f) => bareImports(read(f))));
    const deps = Object.keys(manifest.dependencies).sort();
    expect(deps).toEqual([...new Set([...runtime, ...types])].sort());
    // Bundled into dist/ (so never imported by the package at run time): devDependencies.
    for (const lib of ["mathjs", "yargs", "yaml", "cli-table3", "fflate"]) {
      expect(runtime.has(lib), lib).toBe(false);
      expect(manifest.devDependencies, lib).toHaveProperty(lib);
    }
    // AWS SDK versions pinned exactly.
    for (const [name, version] of Object.entries(manifest.dependencies))
      if (name.startsWith("@aws-sdk/")) expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    // Nothing runs in a consumer's install.
    for (const s of ["preinstall", "install", "postinstall", "prepare"])
      expect(manifest.scripts, s).not.toHaveProperty(s);
  });

  it("fresh commonjs and module projects type-check (strict, nodenext) and run a narrowed Standard result", () => {
    const consumers = dirname(dirname(unpacked));
    // The package's dependencies as npm would install them beside it: linked from this
    // repository's node_modules (no network in tests). Nothing else: a bundled library missing
    // from dist/ would fail here.
    for (const name of [...Object.keys(manifest.dependencies), "@types/node"]) {
      const at = join(consumers, "node_modules", name);
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", name), at);
    }
    for (const kind of ["commonjs", "module"]) {
      mkdirSync(join(consumers, kind));
      writeFileSync(
        join(consumers, kind, "package.json"),
        JSON.stringify({ name: `consumer-${kind}`, type: kind, private: true }),
      );
      writeFileSync(join(consumers, kind, "index.ts"), CODE);
    }
    writeFileSync(
      join(consumers, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          lib: ["es2023"],
          types: ["node"],
        },
        files: ["commonjs/index.ts", "module/index.ts"],
      }),
    );
    execFileSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: consumers, encoding: "utf8" });
    // Each emitted in its own project's format: require() in CommonJS, import in the module.
    expect(readFileSync(join(consumers, "commonjs/index.js"), "utf8")).toMatch(/require\("msk-planner"\)/);
    expect(readFileSync(join(consumers, "module/index.js"), "utf8")).toMatch(/from "msk-planner"/);
    for (const kind of ["commonjs", "module"]) {
      const out = execFileSync(process.execPath, ["index.js"], {
        cwd: join(consumers, kind),
        encoding: "utf8",
      });
      expect(out, kind).toMatch(/^standard brokers \d+ kafka\.[a-z0-9.]+\n$/);
    }
  }, 240_000);
});

const CODE = `import { bundledCatalog, parseWorkload, plan, type StandardConfiguration } from "msk-planner";

const workload = parseWorkload({
  region: "us-east-1",
  streams: [{ name: "orders", ingress: "20 MiB/s", partitions: 60, retention: "3d" }],
});
const result = plan(workload, { catalog: bundledCatalog() });
for (const o of result.options) {
  if (o.option === "standard" && o.feasible) {
    const c: StandardConfiguration = o.configuration;
    const brokers: number = o.configuration.brokers;
    console.log(\`standard brokers \${brokers * 1} \${c.instanceType}\`);
  }
}
`;
