import { describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import {
  type ExpressCapacity,
  expressCapacities,
  expressLoads,
  sizeExpress,
} from "../../src/model/sizing/express.js";
import {
  type StandardCapacity,
  type StandardUnitCosts,
  sizeStandard,
  standardCapacities,
  standardLoads,
} from "../../src/model/sizing/standard.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { usdPriceOf } from "../../src/pricing/catalog.js";

const MiB = 2 ** 20;
const exact = { maxUtilisation: { standard: 1, express: 1 }, tolerateAzLoss: false };

function express(name: string): ExpressCapacity {
  const c = expressCapacities().find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
}
function standard(name: string): StandardCapacity {
  const c = standardCapacities().find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
}
function costs(instance: string): StandardUnitCosts {
  const cat = bundledCatalog();
  const usd = (d: Parameters<typeof usdPriceOf>[2]) => usdPriceOf(cat, "us-east-1", d, d).amount;
  return { broker: usd(`broker:${instance}`) * 730, storageGiB: usd("storage"), pstMiBps: usd("pst") };
}

describe("published sizing examples (docs/sizing-model.md)", () => {
  // docs/sizing-model.md, source `msk-express-best-practices` "Right-size your cluster: Number of brokers per cluster":
  // 45 MBps in, 90 MBps out on express.m7g.large → 3 brokers.
  test("docs/sizing-model.md `msk-express-best-practices` Express 45 MBps in / 90 MBps out → 3 × express.m7g.large (quota table 15.6/31.2)", () => {
    const w = parseWorkload({
      targets: exact,
      streams: [{ name: "s", ingress: "45 MB/s", egress: "90 MB/s", partitions: 30 }],
    });
    const s = sizeExpress(express("express.m7g.large"), expressLoads(w, deriveDemand(w)));
    expect(s.brokers).toBe(3);
    expect(s.need.ingress).toBe(3);
    expect(s.need.egress).toBe(3);
  });
  test("docs/sizing-model.md `msk-express-best-practices` with the example's own 15 / 30 MBps per broker → 3 brokers", () => {
    const w = parseWorkload({
      targets: exact,
      streams: [{ name: "s", ingress: "45 MB/s", egress: "90 MB/s", partitions: 30 }],
    });
    const asStated = { ...express("express.m7g.large"), ingressBytesPerSec: 15e6, egressBytesPerSec: 30e6 };
    const s = sizeExpress(asStated, expressLoads(w, deriveDemand(w)));
    expect([s.need.ingress, s.need.egress, s.brokers]).toEqual([3, 3, 3]);
  });
  // docs/sizing-model.md, source `aws-msk-sizing-guide` size-and-choose-cluster.md "Sizing Express Clusters": 100 MiB/s in,
  // 5 consumer groups → 500 MiB/s out; express.m7g.2xlarge sustained egress 125 → 4, rounded to 6.
  test("docs/sizing-model.md `aws-msk-sizing-guide` Express fan-out: 100 MiB/s × 5 groups on express.m7g.2xlarge → 6 brokers, egress decides", () => {
    const w = parseWorkload({
      targets: exact,
      streams: [{ name: "s", ingress: "100 MiB/s", consumerGroups: 5, partitions: 60 }],
    });
    const s = sizeExpress(express("express.m7g.2xlarge"), expressLoads(w, deriveDemand(w)));
    expect(s.need.ingress).toBeLessThanOrEqual(3);
    expect(s.need.egress).toBeGreaterThan(3);
    expect(s.brokers).toBe(6);
  });
  // docs/sizing-model.md, source `aws-msk-sizing-guide` "Step 3: Calculate number of brokers": RF 3 on the default 250 MiB/s
  // volume → at most 250/3 = 83.3 MiB/s of client ingress per broker without PST.
  describe("docs/sizing-model.md `aws-msk-sizing-guide` default volume throughput ceiling: 83.3 MiB/s of ingress per broker at RF 3", () => {
    const c = standard("kafka.m5.4xlarge"); // EBS baseline 593.75 MB/s > 250 MiB/s: the volume binds
    const sized = (perBroker: number) => {
      const w = parseWorkload({
        targets: exact,
        streams: [
          {
            name: "s",
            ingress: `${3 * perBroker} MiB/s`,
            consumerGroups: 1,
            partitions: 30,
            retention: "1h",
          },
        ],
      });
      const L = standardLoads(w, deriveDemand(w), false);
      return { L, s: sizeStandard(c, L, costs(c.name)) };
    };
    test("83 MiB/s per broker: 3 brokers, no PST", () => {
      const { s } = sized(83);
      expect(s.need.storageThroughput).toBe(3);
      expect([s.brokers, s.pstMiBps]).toEqual([3, 0]);
    });
    test("83.4 MiB/s per broker: the default volume no longer suffices; PST (cheaper than 3 more brokers) is provisioned", () => {
      const { s } = sized(83.4);
      expect(s.need.storageThroughput).toBe(4);
      expect(s.brokers).toBe(3);
      expect(s.pstMiBps).toBe(Math.ceil(83.4 * 3)); // 251 MiB/s per broker
    });
    test("without a PST price the sizer adds brokers instead", () => {
      const { L } = sized(83.4);
      const k = { ...costs(c.name), pstMiBps: Number.NaN };
      const s = sizeStandard(c, L, k);
      expect([s.brokers, s.pstMiBps]).toEqual([6, 0]);
      // The missing PST price never leaks into the cost of a configuration without PST.
      expect(s.clusterUsd).toBe(6 * (k.broker + s.storagePerBrokerGiB * k.storageGiB));
    });
  });
});

describe("hand-worked throughput models (arithmetic from docs/sizing-model.md)", () => {
  test("blog Equation 1 flows with AZ-loss head-room: 40 MiB/s peak, RF 3, one group on kafka.m5.large → 6 brokers", () => {
    // storage write 40 × 3 × 1.5 = 180 MiB/s vs min(81.25 MB/s, 250 MiB/s) × 0.5 = 40.625 MB/s → 4.65 → 5;
    // network out (40 + 80) × 1.5 = 180 MiB/s vs 0.75 Gbps × 0.5 = 46.875 MB/s → 4.03 → 5; AZ multiple → 6.
    const w = parseWorkload({
      streams: [{ name: "s", ingress: "40 MiB/s", partitions: 30, retention: "1h" }],
    });
    const s = sizeStandard(
      standard("kafka.m5.large"),
      standardLoads(w, deriveDemand(w), false),
      costs("kafka.m5.large"),
    );
    expect(s.need.storageThroughput).toBe(5);
    expect(s.need.networkOut).toBe(5);
    expect(s.brokers).toBe(6);
  });
  test("aws-script factors: 30 MB/s peak, fan-out 1 on kafka.m5.large → 6 brokers", () => {
    // `aws-msk-sizing-script`: storage 30 × 6.5 = 195 MB/s vs 81.25 × 0.5 → 4.8 → 5; network 30 × (5.7 + 1.5) = 216 MB/s vs 93.75 × 0.5 → 4.6 → 5; → 6.
    const w = parseWorkload({
      sizingModel: "aws-script",
      streams: [{ name: "s", ingress: "30 MB/s", partitions: 30, retention: "1h" }],
    });
    const s = sizeStandard(
      standard("kafka.m5.large"),
      standardLoads(w, deriveDemand(w), false),
      costs("kafka.m5.large"),
    );
    expect(s.need.storageThroughput).toBe(5);
    expect(s.need.networkOut).toBe(5);
    expect(s.brokers).toBe(6);
  });
  test("partitions per broker: 6,000 leaders × RF 3 on kafka.m7g.large (1,000 recommended) → 18 brokers", () => {
    const w = parseWorkload({
      streams: [{ name: "s", ingress: "1 MiB/s", partitions: 6000, retention: "1h" }],
    });
    const s = sizeStandard(
      standard("kafka.m7g.large"),
      standardLoads(w, deriveDemand(w), false),
      costs("kafka.m7g.large"),
    );
    expect(s.need.partitions).toBe(18);
    expect(s.brokers).toBe(18);
  });
  test("storage per broker ≤ 16,384 GiB after 2× head-room", () => {
    // 10 MiB/s × 90 d × RF 3 × 2 = 44,496 GiB… per broker ≤ 16,384 → ≥ 3 brokers (GiB arithmetic below).
    const w = parseWorkload({
      streams: [{ name: "s", ingress: "10 MiB/s", partitions: 30, retention: "90d" }],
    });
    const L = standardLoads(w, deriveDemand(w), false);
    const s = sizeStandard(standard("kafka.m7g.large"), L, costs("kafka.m7g.large"));
    expect(L.provisionBytes).toBe(10 * MiB * 90 * 86_400 * 3 * 2);
    expect(s.need.storage).toBe(Math.ceil(L.provisionBytes / (16_384 * 2 ** 30)));
    expect(s.storagePerBrokerGiB).toBeLessThanOrEqual(16_384);
  });
  test("brokers are a multiple of the AZ count and at least the RF (2 AZs, RF 3 → 4)", () => {
    const w = parseWorkload({
      azs: 2,
      streams: [{ name: "s", ingress: "1 MiB/s", partitions: 3, retention: "1h" }],
    });
    const s = sizeStandard(
      standard("kafka.m7g.large"),
      standardLoads(w, deriveDemand(w), false),
      costs("kafka.m7g.large"),
    );
    expect(s.brokers).toBe(4);
  });
  test("t3.small is capped at the 30-broker ZooKeeper quota", () => {
    expect(standard("kafka.t3.small").maxBrokers).toBe(30);
    expect(standard("kafka.m5.large").maxBrokers).toBe(60);
  });
});
