// The CLI's front door (issue #15): `msk-planner` with no command prints the help (commands and
// examples) and exits 2; the top-level help has examples; `msk-planner completion` prints a shell
// script that, sourced into a real bash, completes commands and flags from the command table.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runCli } from "../helpers/cli.js";

describe("no command", () => {
  it("prints the command list and examples on stderr, then one line, exit 2", () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    for (const c of ["plan [workload-file]", "price [file]", "sweep [workload-file]", "completion"])
      expect(r.stderr).toContain(c);
    expect(r.stderr).toContain("Examples:");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("msk-planner: name a command: see the list above");
  });

  it("a command group without its subcommand prints that group's list", () => {
    const r = runCli(["pricing"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("msk-planner pricing regions");
    expect(r.stderr).toContain("msk-planner pricing refresh");
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("msk-planner: name a command: see the list above");
  });

  it("--help has examples on stdout, exit 0; a command's help has its own examples, not the top-level ones", () => {
    const top = runCli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Examples:\n\s+msk-planner plan fixtures\/workloads\/typical\.yaml/);
    expect(top.stdout).toContain("msk-planner completion >> ~/.bashrc");
    const price = runCli(["price", "--help"]);
    expect(price.stdout).toContain("msk-planner price fixtures/clusters/standard.yaml");
    expect(price.stdout).not.toContain("completion >> ~/.bashrc");
  });
});

describe("msk-planner completion", () => {
  it("prints a bash script by default and a zsh script when $SHELL is zsh", () => {
    const bash = runCli(["completion"], { env: { SHELL: "/bin/bash" } });
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain(
      "complete -o bashdefault -o default -F _msk-planner_yargs_completions msk-planner",
    );
    const zsh = runCli(["completion"], { env: { SHELL: "/usr/bin/zsh" } });
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef msk-planner/);
  });

  /** What bash offers for the words typed so far: the script sourced, COMP_WORDS set, the function run. */
  function complete(words: string[]): string[] {
    const dir = mkdtempSync(join(tmpdir(), "msk-completion-"));
    // The script calls `msk-planner` from PATH, as an installed package would.
    const bin = join(dir, "msk-planner");
    writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(bin, 0o755);
    const script = runCli(["completion"], { env: { SHELL: "/bin/bash" } }).stdout;
    writeFileSync(join(dir, "completion.sh"), script);
    const quoted = words.map((w) => `'${w}'`).join(" ");
    const r = spawnSync(
      "bash",
      [
        "-c",
        `source "${dir}/completion.sh"; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _msk-planner_yargs_completions; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8", env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, SHELL: "/bin/bash" } },
    );
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split("\n").filter(Boolean);
  }

  it("completes `msk-planner pl` to plan", () => {
    expect(complete(["msk-planner", "pl"])).toEqual(["plan"]);
  });

  it("completes `msk-planner plan --ingr` to --ingress", () => {
    expect(complete(["msk-planner", "plan", "--ingr"])).toEqual(["--ingress"]);
  });

  it("completes subcommands and a subcommand's own flags", () => {
    expect(complete(["msk-planner", "pricing", "re"]).sort()).toEqual(["refresh", "regions"]);
    expect(complete(["msk-planner", "sweep", "--va"])).toEqual(["--vary"]);
  });
});
