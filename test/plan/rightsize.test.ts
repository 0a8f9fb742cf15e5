// Right-sizing at library level (issue #16: `rightsize` was reached only through the CLI's import
// tests, which mutation testing cannot see). The small one-stream workload in us-east-1 (1 MiB/s
// in, 2 groups, 30 partitions, 3 days) against a running cluster of 6 × kafka.m7g.large with
// 1,000 GiB each, worked by hand.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { currentUtilisation, rightsize } from "../../src/plan/rightsize.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import type { ClusterConfig } from "../../src/pricing/configuration.js";
import { thrownInputError } from "../helpers/thrown.js";
import { smallWorkload } from "./small-stream.js";

const R = "us-east-1";
const GiB = 2 ** 30;
const SIX: ClusterConfig = {
  kind: "standard",
  region: R,
  instanceType: "kafka.m7g.large",
  brokers: 6,
  storagePerBrokerBytes: 1000 * GiB,
};
// Cross-AZ: ⅔ × 1 MiB/s in + ⅔ × 2 MiB/s out = 2 MiB/s × 2,628,000 s ÷ 1,024 = 5,132.8125 GB × $0.02.
// Now: 6 × 730 h × $0.204 = $893.52; 6,000 GB-months × $0.10 = $600; cross-AZ $102.65625.
const NOW = 893.52 + 600 + 102.65625;

function setup(catalog: Catalog = bundledCatalog()) {
  const w = parseWorkload(smallWorkload(R));
  return { w, planned: plan(w, { catalog }) };
}

describe("rightsize", () => {
  it("prices the running cluster with the workload's cross-AZ traffic, and each option's saving is now − option", () => {
    const { planned } = setup();
    const r = rightsize(planned, SIX, "given (--current FILE)", bundledCatalog());
    expect(r.current.basis).toBe(
      "given (--current FILE); cross-AZ client traffic from the workload, as the planner prices it",
    );
    expect(r.current.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd])).toEqual([
      ["broker:kafka.m7g.large", 6 * 730, 0.204],
      ["storage", 6000, 0.1],
      ["crossAz", 5132.8125, 0.02],
    ]);
    expect(r.current.priced).toBe("complete");
    expect(r.current.monthlyUsd).toBeCloseTo(NOW, 9);
    expect(r.options.map((o) => o.option)).toEqual(planned.options.map((o) => o.option));
    for (const o of r.options) {
      const p = planned.options.find((x) => x.option === o.option);
      expect([o.feasible, o.monthlyUsd, o.priced]).toEqual([p?.feasible, p?.monthlyUsd, p?.priced]);
      expect(o.savingsUsd).toBe(
        p?.feasible && p.priced === "complete"
          ? (r.current.monthlyUsd as number) - (p.monthlyUsd as number)
          : null,
      );
      expect(o.utilisationAfter).toBe(p?.utilisation);
      expect(o.utilisationNow).toBe(r.current.utilisation);
    }
    // Standard: 3 × kafka.m7g.large, 507 GB each: $446.76 + $152.10 + $102.65625 = $701.51625.
    expect(r.options.find((o) => o.option === "standard")?.savingsUsd).toBeCloseTo(NOW - 701.51625, 9);
    const rec = r.options.find((o) => o.option === planned.recommended);
    expect(r.savingsUsd).toBe(rec?.savingsUsd);
    expect(r.savingsUsd).not.toBeNull();
  });

  it("a configuration that states its cross-AZ bytes keeps them and its basis", () => {
    const { planned } = setup();
    const r = rightsize(planned, { ...SIX, crossAzBytes: 1024 * GiB }, "given", bundledCatalog());
    expect(r.current.basis).toBe("given");
    expect(r.current.lineItems.find((l) => l.dimension === "crossAz")?.quantity).toBe(1024);
  });

  it("a Serverless cluster gets no cross-AZ line (Serverless does not bill it)", () => {
    const { planned } = setup();
    const sl: ClusterConfig = {
      kind: "serverless",
      region: R,
      partitions: 30,
      dataInBytes: 0,
      dataOutBytes: 0,
      storedBytes: 0,
    };
    const r = rightsize(planned, sl, "given", bundledCatalog());
    expect(r.current.basis).toBe("given");
    expect(r.current.lineItems.map((l) => l.dimension)).not.toContain("crossAz");
  });

  it("without a cross-AZ price the running cluster's total is a lower bound: no saving is computed", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    delete (c.regions[R] as Record<string, unknown>).crossAz;
    const { planned } = setup(c);
    const r = rightsize(planned, SIX, "given", c);
    expect(r.current.priced).toBe("partial");
    expect(r.current.missingPrices.map((m) => m.dimension)).toEqual(["crossAz"]);
    expect(r.options.map((o) => o.savingsUsd)).toEqual(r.options.map(() => null));
    expect(r.savingsUsd).toBeNull();
  });
});

describe("rightsize: an infeasible option", () => {
  it("an infeasible option (standard-tiered: 2 days cannot tier) has no saving; the feasible ones do", () => {
    const w = parseWorkload({
      ...smallWorkload(R),
      streams: [{ ...smallWorkload(R).streams[0], retention: "2d" }],
    });
    const planned = plan(w, { catalog: bundledCatalog() });
    const r = rightsize(planned, SIX, "given", bundledCatalog());
    const tiered = r.options.find((o) => o.option === "standard-tiered");
    expect([tiered?.feasible, tiered?.savingsUsd]).toEqual([false, null]);
    expect(r.options.find((o) => o.option === "standard")?.savingsUsd).not.toBeNull();
  });
});

describe("rightsize: periods, partial options, no recommendation", () => {
  it("365 h: the running cluster is priced over the plan's period (6 × 365 broker-hours)", () => {
    const w = parseWorkload(smallWorkload(R));
    const r = rightsize(plan(w, { catalog: bundledCatalog(), hours: 365 }), SIX, "given", bundledCatalog());
    expect(r.current.lineItems[0]?.quantity).toBe(6 * 365);
  });

  it("a partly priced option (no Express data-written price) has no saving even when the running cluster is complete", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    delete (c.regions[R] as Record<string, unknown>).expressDataWritten;
    const { planned } = setup(c);
    const r = rightsize(planned, SIX, "given", c);
    expect(r.current.priced).toBe("complete");
    const e = r.options.find((o) => o.option === "express");
    expect([e?.priced, e?.savingsUsd]).toEqual(["partial", null]);
  });

  it("nothing recommended (Standard alone, no cross-AZ price): the saving is null", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    delete (c.regions[R] as Record<string, unknown>).crossAz;
    const planned = plan(parseWorkload(smallWorkload(R)), { catalog: c, options: ["standard"] });
    expect(planned.recommended).toBeNull();
    expect(rightsize(planned, SIX, "given", c).savingsUsd).toBeNull();
  });
});

describe("currentUtilisation", () => {
  const w = parseWorkload(smallWorkload(R));
  it("an unknown instance type is refused, naming instanceType", () => {
    for (const [config, words] of [
      [{ ...SIX, instanceType: "kafka.zz.large" }, 'unknown Standard instance type "kafka.zz.large"'],
      [
        {
          kind: "express",
          region: R,
          instanceType: "express.zz.large",
          brokers: 3,
          dataWrittenBytes: 0,
          storedBytes: 0,
        },
        'unknown Express instance type "express.zz.large"',
      ],
    ] as [ClusterConfig, string][]) {
      const e = thrownInputError(() => currentUtilisation(config, w));
      expect(e.message).toBe(`instanceType: ${words}`);
      expect(e.code).toBe("unknown_instance");
    }
  });

  it("Express and Serverless: the same utilisation as the planner's for the same configuration", () => {
    const planned = plan(w, { catalog: bundledCatalog() });
    const ex = planned.options.find((o) => o.option === "express");
    const sl = planned.options.find((o) => o.option === "serverless");
    expect(
      currentUtilisation(
        {
          kind: "express",
          region: R,
          instanceType: "express.m7g.large",
          brokers: 3,
          dataWrittenBytes: 0,
          storedBytes: 0,
        },
        w,
      ),
    ).toEqual(ex?.utilisation);
    expect(
      currentUtilisation(
        { kind: "serverless", region: R, partitions: 30, dataInBytes: 0, dataOutBytes: 0, storedBytes: 0 },
        w,
      ),
    ).toEqual(sl?.utilisation);
  });

  it("storage: 6 × 1,000 GiB hold 253.125 GiB × RF 3 = 759.375 GiB, 12.66 % of it; PST given lifts the storage-write ceiling", () => {
    const u = currentUtilisation(SIX, w);
    expect(u.storage).toBeCloseTo(759.375 / 6000, 9);
    // kafka.m7g.2xlarge takes PST: 500 MiB/s per broker lifts its storage-write ceiling.
    const big = { ...SIX, instanceType: "kafka.m7g.2xlarge" };
    const withPst = currentUtilisation({ ...big, throughputPerBrokerBytesPerSec: 500 * 2 ** 20 }, w);
    expect(withPst.storageThroughput).toBeLessThan(currentUtilisation(big, w).storageThroughput as number);
    expect(withPst.storage).toBe(u.storage);
  });
});

describe("rightsize: tiered, PST and no cross-AZ traffic", () => {
  it("a cluster holding tiered bytes is loaded as the tiered option is: the planner's own utilisation", () => {
    const { w, planned } = setup();
    const t = planned.options.find((o) => o.option === "standard-tiered");
    expect(t?.configuration).toMatchObject({
      instanceType: "kafka.m7g.large",
      brokers: 3,
      storagePerBrokerGiB: 169,
    });
    const current: ClusterConfig = {
      kind: "standard",
      region: R,
      instanceType: "kafka.m7g.large",
      brokers: 3,
      storagePerBrokerBytes: 169 * GiB,
      tieredStoredBytes: 1,
    };
    expect(currentUtilisation(current, w)).toEqual(t?.utilisation);
    // Without tiered bytes the same cluster holds the whole 3 days locally: 759.375 of 507 GiB.
    expect(currentUtilisation({ ...current, tieredStoredBytes: 0 }, w).storage).toBeCloseTo(759.375 / 507, 9);
  });
  it("PST below the volume's own ceiling sets storage throughput: 2.25 MiB/s a broker ÷ 100 MiB/s = 2.25 %", () => {
    // Peak 3 MiB/s × RF 3 ÷ 6 brokers = 1.5 MiB/s, × 6 ÷ 4 with one of 3 AZs lost = 2.25 MiB/s.
    const { w } = setup();
    const big: ClusterConfig = { ...SIX, instanceType: "kafka.m7g.2xlarge" };
    const at = (mib: number) =>
      currentUtilisation({ ...big, throughputPerBrokerBytesPerSec: mib * 2 ** 20 }, w).storageThroughput;
    expect(at(100)).toBeCloseTo(0.0225, 12);
    expect(at(50)).toBeCloseTo(0.045, 12);
  });
  it("a workload with no traffic moves nothing across AZs: the basis and configuration are kept", () => {
    const raw = smallWorkload(R);
    const w = parseWorkload({
      ...raw,
      streams: [{ ...raw.streams[0], ingress: "0 B/s", peakIngress: undefined }],
    });
    const planned = plan(w, { catalog: bundledCatalog() });
    expect(planned.demand.crossAzBytesPerSec).toBe(0);
    const r = rightsize(planned, SIX, "as given", bundledCatalog());
    expect(r.current.basis).toBe("as given");
    expect(r.current.configuration).toEqual(SIX);
  });
});
