// Issue #11 end to end: pricing completeness is separate from feasibility (ap-south-1 lacks the
// cross-AZ price), and the sizing candidates are production (non-burstable) types unless asked.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

interface Missing {
  dimension: string;
  name: string;
  reason: string;
}
interface Option {
  option: string;
  feasible: boolean;
  priced: "complete" | "partial" | "none";
  monthlyUsd: number | null;
  missingPrices: Missing[];
  reasons: string[];
  lineItems: { costUsd: number; dimension: string }[];
  configuration: Record<string, unknown> | null;
}
interface Plan {
  options: Option[];
  recommended: string | null;
  pricesNeeded: { region: string; missingPrices: Missing[]; message: string } | null;
  instanceTypes: string[];
}

function planJson(args: string[]): Plan {
  const r = runCli(["plan", ...args, "--json"], ENV);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("pricing completeness is not feasibility (plan typical.yaml --region ap-south-1)", () => {
  const j = planJson(["fixtures/workloads/typical.yaml", "--region", "ap-south-1"]);

  it("every option is feasible: none is infeasible for a missing price", () => {
    expect(j.options.map((o) => [o.option, o.feasible])).toEqual([
      ["express", true],
      ["standard-tiered", true],
      ["standard", true],
      ["serverless", true],
    ]);
    for (const o of j.options) expect(o.reasons.join(" ")).not.toMatch(/price/i);
  });

  it("the provisioned options lack the cross-AZ price: partial, a lower bound that sums the priced lines", () => {
    for (const id of ["standard", "standard-tiered", "express"]) {
      const o = j.options.find((x) => x.option === id) as Option;
      expect(o.priced).toBe("partial");
      expect(o.missingPrices.map((m) => m.name)).toContain("cross-AZ transfer");
      const cross = o.missingPrices.find((m) => m.dimension === "crossAz") as Missing;
      // Cross-AZ transfer is not in the AWS MSK price list: only --catalog FILE supplies it.
      expect(cross.reason).toMatch(
        /`msk-planner pricing refresh` cannot fetch it: supply it with --catalog FILE/,
      );
      expect(o.lineItems.some((l) => l.dimension === "crossAz")).toBe(false);
      expect(o.monthlyUsd).toBe(o.lineItems.reduce((s, l) => s + l.costUsd, 0));
    }
    // Express has its broker-hour price (express.m7g.large), not the data-written or storage prices.
    const ex = j.options.find((x) => x.option === "express") as Option;
    expect(ex.missingPrices.map((m) => m.dimension)).toEqual([
      "expressDataWritten",
      "expressStorage",
      "crossAz",
    ]);
    expect(ex.configuration?.instanceType).toBe("express.m7g.large");
  });

  it("recommended is null (no option completely priced), and the output says which prices and how", () => {
    expect(j.options.every((o) => o.priced !== "complete")).toBe(true);
    expect(j.recommended).toBeNull();
    expect(j.pricesNeeded?.missingPrices.map((m) => m.name)).toEqual([
      "Express data written",
      "Express storage",
      "cross-AZ transfer",
      "Serverless storage",
    ]);
    const table = runCli(["plan", "fixtures/workloads/typical.yaml", "--region", "ap-south-1"], ENV).stdout;
    expect(table).toContain("recommended: none (no feasible option is completely priced)");
    expect(table).toMatch(/≥ \$3,245\.07 \(not priced: cross-AZ transfer\)/);
    // Express and Serverless storage can be fetched; Express data written and cross-AZ cannot.
    expect(table).toContain(
      "Express storage, Serverless storage: fetch them with `msk-planner pricing refresh --regions ap-south-1`",
    );
    expect(table).toContain(
      "Express data written, cross-AZ transfer: the AWS MSK price list does not carry this price",
    );
    expect(table).toContain("--catalog FILE");
  });

  it("in us-east-1 every option is completely priced and the cheapest is recommended", () => {
    const us = planJson(["fixtures/workloads/typical.yaml"]);
    expect(us.options.every((o) => o.priced === "complete" && o.missingPrices.length === 0)).toBe(true);
    expect(us.recommended).toBe(us.options[0]?.option);
    expect(us.pricesNeeded).toBeNull();
  });
});

describe("production candidates by default", () => {
  // The workload from issue #11, whose cheapest Standard fit used to be kafka.t3.small.
  const flags = [
    "--ingress",
    "10MiB/s",
    "--peak-ingress",
    "20MiB/s",
    "--partitions",
    "100",
    "--retention",
    "24h",
  ];
  const args = [...flags, "--sizing-model", "aws-script", "--options", "standard"];

  it("by default: a non-burstable type, and the candidate set (no kafka.t3.small) in --json", () => {
    const j = planJson(args);
    const std = j.options[0] as Option;
    expect(std.feasible).toBe(true);
    expect(std.configuration?.instanceType).not.toBe("kafka.t3.small");
    expect(j.instanceTypes).not.toContain("kafka.t3.small");
    expect(j.instanceTypes).toContain("kafka.m7g.large");
    expect(j.instanceTypes).toContain("express.m7g.16xlarge");
  });

  it("--instance-types kafka.t3.small sizes it, and echoes exactly that set", () => {
    const j = planJson([...args, "--instance-types", "kafka.t3.small"]);
    expect(j.options[0]?.configuration?.instanceType).toBe("kafka.t3.small");
    expect(j.instanceTypes).toEqual(["kafka.t3.small"]);
  });

  it("patterns: kafka.m7g.* and express.* select those families (table order)", () => {
    const j = planJson(["fixtures/workloads/typical.yaml", "--instance-types", "express.*,kafka.m7g.*"]);
    expect(j.instanceTypes.every((t) => t.startsWith("kafka.m7g.") || t.startsWith("express."))).toBe(true);
    expect(j.instanceTypes).toHaveLength(14);
    expect(j.instanceTypes[0]).toBe("kafka.m7g.large");
    for (const o of j.options)
      if (o.configuration && typeof o.configuration.instanceType === "string")
        expect(j.instanceTypes).toContain(o.configuration.instanceType);
  });

  it("the workload field instanceTypes does the same; the flag overrides it", () => {
    const input = JSON.stringify({
      instanceTypes: ["kafka.t3.small"],
      sizingModel: "aws-script",
      streams: [{ name: "s", ingress: "10MiB/s", peakIngress: "20MiB/s", partitions: 100, retention: "24h" }],
    });
    const file = join(mkdtempSync(join(tmpdir(), "msk-types-")), "w.json");
    writeFileSync(file, input);
    const r = runCli(["plan", file, "--options", "standard", "--json"], ENV);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).options[0].configuration.instanceType).toBe("kafka.t3.small");
    const o = runCli(
      ["plan", file, "--options", "standard", "--instance-types", "kafka.m5.*", "--json"],
      ENV,
    );
    expect(o.code, o.stderr).toBe(0);
    expect(JSON.parse(o.stdout).options[0].configuration.instanceType).toMatch(/^kafka\.m5\./);
  });

  it("an unknown type or a pattern matching nothing: exit 2, one line naming the flag", () => {
    for (const bad of ["kafka.x9.large", "kafka.m9.*", "m5.large"]) {
      const r = runCli(["plan", ...flags, "--instance-types", bad], ENV);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        new RegExp(
          `^msk-planner: --instance-types: "${bad.replace(/[.*]/g, "\\$&")}" matches no MSK broker type`,
        ),
      );
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("an allow-list leaving an option no type: that option is infeasible and says why", () => {
    const j = planJson(["fixtures/workloads/small.yaml", "--instance-types", "kafka.m7g.*"]);
    const ex = j.options.find((o) => o.option === "express") as Option;
    expect(ex.feasible).toBe(false);
    expect(ex.reasons[0]).toBe(
      "candidate broker types 0 < 1 (the allow-list instanceTypes / --instance-types leaves no Express type)",
    );
  });

  it("the simulators take --instance-types too (sweep, whatif): the candidate set reaches their planner", () => {
    const sweep = runCli(
      [
        "sweep",
        ...args.slice(0, -2),
        "--options",
        "standard",
        "--vary",
        "partitions=100,200",
        "--instance-types",
        "kafka.t3.small",
        "--json",
      ],
      ENV,
    );
    expect(sweep.code, sweep.stderr).toBe(0);
    const rows = sweep.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[0].options[0]).toMatchObject({ option: "standard", feasible: true, priced: "complete" });
    const d = runCli(
      ["sweep", ...args.slice(0, -2), "--options", "standard", "--vary", "partitions=100,200", "--json"],
      ENV,
    );
    const dRows = d.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    // t3.small is cheaper where it fits, so allowing it lowers the cost.
    expect(rows[0].options[0].monthlyUsd).toBeLessThan(dRows[0].options[0].monthlyUsd);
  });
});
