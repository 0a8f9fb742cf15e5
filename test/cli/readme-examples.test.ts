// Every command example in the README runs as written (issue #12): each `msk-planner …` line of
// every ```sh block (continuations joined, comments dropped), on the built CLI, from a scratch
// folder holding a copy of fixtures/ (examples write reports/ and plan.xlsx there, not in the
// repository). Examples that call AWS cannot run offline: they are listed in NEEDS_AWS, so a new
// README example either runs here or is named there.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "../helpers/cli.js";

/**
 * Examples that name the reader's own files (their Terraform plan, usage file, repositories): the
 * same commands on the bundled fixtures are examples next to them and run here.
 */
const READERS_FILES = new Set([
  "msk-planner price --iac plan.json --usage usage.yaml",
  "msk-planner diff --iac infra-main/ infra/ --markdown",
]);

/** Examples that need AWS (network and credentials), by their command line as written. */
const NEEDS_AWS = new Set([
  "msk-planner pricing refresh",
  "msk-planner pricing refresh --regions us-east-1,eu-west-1 --verbose",
  "msk-planner pricing refresh --source api --regions eu-west-1",
  "msk-planner pricing diff",
  "msk-planner import cloudwatch --cluster orders-prod --region eu-west-1 --out orders.yaml",
  "msk-planner import cloudwatch --cluster orders-prod --region eu-west-1 --days 30 --storage-per-broker 2TiB",
  "msk-planner plan orders.yaml",
  "msk-planner rightsize --cluster orders-prod --region us-east-1 --current fixtures/clusters/standard.yaml",
  "msk-planner rightsize --cluster orders-prod --region us-east-1 --instance kafka.m5.large --storage-per-broker 1000GiB --json",
]);

/** The README's example command lines: `msk-planner …` (also after `npx` or `&&`), and `node dist/cli.js …`. */
function examples(readme: string): string[] {
  const out: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const text = (block[1] as string).replace(/\\\n\s*/g, "");
    for (const raw of text.split("\n")) {
      const line = raw.replace(/\s+#.*$/, "").trim();
      for (const part of line.split("&&").map((p) => p.trim())) {
        const m = /(?:^|\s)(?:npx )?(msk-planner(?:\s.*)?|node dist\/cli\.js\s.*)$/.exec(part);
        if (m) out.push((m[1] as string).trim());
      }
    }
  }
  return out;
}

/** argv of a command line: words with shell quotes removed, and any output redirect (`> FILE`) dropped. */
function argv(cmd: string): string[] {
  const words = cmd
    .replace(/\s*>\s*\S+\s*$/, "")
    .split(/\s+/)
    .map((w) => w.replace(/^'(.*)'$/, "$1").replace(/^"(.*)"$/, "$1"));
  return words.slice(words[0] === "node" ? 2 : 1);
}

/** The file a command line's output is redirected to (`> before.json`), if any but /dev/null. */
function redirect(cmd: string): string | undefined {
  const m = /\s>\s*(\S+)\s*$/.exec(cmd);
  return m && m[1] !== "/dev/null" ? m[1] : undefined;
}

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const all = examples(readme);

describe("README examples", () => {
  it("are found (at least 40), and every one needing AWS is still in the README", () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const a of [...NEEDS_AWS, ...READERS_FILES]) expect(all, a).toContain(a);
  });
  const offline = [...new Set(all.filter((c) => !NEEDS_AWS.has(c) && !READERS_FILES.has(c)))];
  const dir = mkdtempSync(join(tmpdir(), "msk-readme-"));
  cpSync(join(ROOT, "fixtures"), join(dir, "fixtures"), { recursive: true });
  it.each(offline)(
    "%s",
    (cmd) => {
      if (/>\s*\/dev\/null\s*$/.test(cmd)) {
        // Output discarded as written (a million CSV rows): only the exit code and stderr matter.
        const q = spawnSync(process.execPath, [CLI, ...argv(cmd)], {
          cwd: dir,
          stdio: ["ignore", "ignore", "pipe"],
          encoding: "utf8",
          timeout: 170_000,
        });
        expect(q.status, `${cmd}\n${q.stderr}`).toBe(0);
        return;
      }
      const r = runCli(argv(cmd), { cwd: dir });
      expect(
        r.stderr
          .split("\n")
          .filter((l) => /^msk-planner: /.test(l) && !/replaced by their medians|no distributions/.test(l)),
        cmd,
      ).toEqual([]);
      expect(r.code, `${cmd}\n${r.stderr}`).toBe(0);
      expect(r.stdout.length, cmd).toBeGreaterThan(0);
      // Later examples read what an earlier one saved (plan --json > before.json, then --baseline).
      const out = redirect(cmd);
      if (out) writeFileSync(join(dir, out), r.stdout);
    },
    180_000,
  );
});
