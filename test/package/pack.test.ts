// The package as users get it (issue #15): `npm pack`, then fresh CommonJS and ES module projects
// that install the tarball offline (unpacked into node_modules), type-check strict with `nodenext`,
// and run code that narrows a Standard result and reads configuration.brokers as a number, no cast.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
let tarball = "";
let files: string[] = [];
const work = mkdtempSync(join(tmpdir(), "msk-pack-"));

beforeAll(() => {
  // The bundle is built by the test set-up; the declaration files are built here (tests skip them).
  execFileSync(process.execPath, [TSC, "-p", "tsconfig.build.json"], { cwd: ROOT });
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info?.filename ?? "");
  files = (info?.files ?? []).map((f) => f.path);
}, 240_000);

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

function project(kind: "commonjs" | "module"): string {
  const dir = join(work, kind);
  const modules = join(dir, "node_modules");
  // Install offline: the tarball unpacked as node_modules/msk-planner …
  mkdirSync(join(modules, "msk-planner"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", join(modules, "msk-planner"), "--strip-components=1"]);
  // … with its runtime dependencies as npm would install them: linked from this repository's
  // node_modules (no network in tests).
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(pkg.dependencies), "@types/node"]) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", name), join(modules, name));
  }
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${kind}`, type: kind, private: true }),
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        types: ["node"],
        outDir: "out",
      },
      include: ["index.ts"],
    }),
  );
  writeFileSync(join(dir, "index.ts"), CODE);
  return dir;
}

describe("npm pack", () => {
  it("holds the bundle, declarations, README, LICENSE and documented fixtures; no tests, sources or source maps", () => {
    for (const f of [
      "package.json",
      "README.md",
      "LICENSE",
      "dist/index.js",
      "dist/cli.js",
      "dist/types/index.d.ts",
    ])
      expect(files, f).toContain(f);
    for (const f of files) {
      expect(f, f).toMatch(
        /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/|fixtures\/(workloads|clusters)\/)/,
      );
      expect(f, f).not.toMatch(/\.map$|^test\/|^src\//);
    }
  });

  for (const kind of ["commonjs", "module"] as const) {
    it(`a fresh ${kind} project type-checks (strict, nodenext) and runs a narrowed Standard result`, () => {
      const dir = project(kind);
      execFileSync(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: dir, encoding: "utf8" });
      const out = execFileSync(process.execPath, ["out/index.js"], { cwd: dir, encoding: "utf8" });
      expect(out).toMatch(/^standard brokers \d+ kafka\.[a-z0-9.]+\n$/);
      expect(readdirSync(join(dir, "out"))).toContain("index.js");
    }, 120_000);
  }
});
