// A second, independent implementation of every number in test/golden/alternatives/*.json (the
// five alternatives on each fixture workload): quantities from the workload by the published
// billing rules, written out below, and prices typed from the public price pages (us-east-1),
// not read from src/pricing. Only the workload parser and, for self-managed Kafka, the EC2 type
// (the cheapest of the candidates; the broker count for it is re-derived) are shared with the code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { extractDistributions } from "../../src/model/distribution.js";
import type { Stream, Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { evaluateAlternatives } from "../../src/plan/alternatives/index.js";

const GOLDEN = "test/golden/alternatives";
const H = 730; // hours in the billing month
const S = H * 3600; // 2,628,000 s
const GiB = 2 ** 30; // a billed GB
const MiB = 2 ** 20;
const DAY = 86_400;

// Prices, us-east-1 (Kinesis Data Streams, SQS, EC2 and EBS pricing pages; data transfer page).
const P = {
  shardHour: 0.015,
  putUnit: 0.014 / 1e6,
  extendedShardHour: 0.02,
  longTermGbMonth: 0.023,
  efoConsumerShardHour: 0.015,
  efoGb: 0.013,
  odStreamHour: 0.04,
  odInGb: 0.08,
  odOutGb: 0.04,
  odEfoOutGb: 0.05,
  odExtendedGbMonth: 0.1,
  sqsTiers: [
    [100e9, 0.4 / 1e6],
    [100e9, 0.3 / 1e6],
    [Number.POSITIVE_INFINITY, 0.24 / 1e6],
  ] as const,
  m7gLargeHour: 0.0816,
  gp3GbMonth: 0.08,
  crossAzGbEachSide: 0.01,
};

interface Line {
  quantity: number;
  unitPriceUsd: number;
  costUsd: number;
}
interface Golden {
  option: string;
  feasible: boolean;
  configuration: Record<string, unknown>;
  monthlyUsd: number | null;
  lineItems: Line[];
}

const records = (s: Stream) => {
  const bytes = s.messageSizeBytes / s.compressionRatio; // a record as sent
  return {
    bytes,
    inPerSec: s.ingressBytesPerSec / bytes,
    peakInPerSec: s.peakIngressBytesPerSec / bytes,
    outPerSec: s.egressBytesPerSec / bytes,
    peakOutPerSec: s.peakEgressBytesPerSec / bytes,
  };
};
const ceilTo = (x: number, unit: number) => Math.max(1, Math.ceil(x / unit)) * unit;
const extendedBytes = (s: Stream) =>
  s.ingressBytesPerSec * Math.max(0, Math.min(s.retentionSeconds, 7 * DAY) - DAY);
const longTermBytes = (s: Stream) => s.ingressBytesPerSec * Math.max(0, s.retentionSeconds - 7 * DAY);

/** [quantity, unit price] per line, in the golden's line order. */
function kinesisOnDemand(w: Workload): [number, number][] {
  let written = 0;
  let shared = 0;
  let efo = 0;
  let ext = 0;
  let lt = 0;
  for (const s of w.streams) {
    const r = records(s);
    const billed = ceilTo(r.bytes, 1024); // each record rounded up to 1 KiB
    written += r.inPerSec * S * billed;
    // On-demand shared reads carry up to 2 × what is written (averages); reads beyond that are
    // enhanced fan-out (issue #12: no cliff at 2 groups). heavy.yaml, 3 groups: ⅔ shared, ⅓ EFO.
    const sharedShare =
      s.egressBytesPerSec > 0 ? Math.min(1, (2 * s.ingressBytesPerSec) / s.egressBytesPerSec) : 1;
    shared += r.outPerSec * S * billed * sharedShare;
    efo += r.outPerSec * S * billed * (1 - sharedShare);
    ext += extendedBytes(s);
    lt += longTermBytes(s);
  }
  const lines: [number, number][] = [
    [H * w.streams.length, P.odStreamHour],
    [written / GiB, P.odInGb],
  ];
  if (shared) lines.push([shared / GiB, P.odOutGb]);
  if (efo) lines.push([efo / GiB, P.odEfoOutGb]);
  if (ext) lines.push([ext / GiB, P.odExtendedGbMonth]);
  if (lt) lines.push([lt / GiB, P.longTermGbMonth]);
  return lines;
}

function kinesisProvisioned(w: Workload): { shards: number; lines: [number, number][] } {
  let shardHours = 0;
  let put = 0;
  let extShardHours = 0;
  let lt = 0;
  let efoShardHours = 0;
  let efoBytes = 0;
  let shards = 0;
  for (const s of w.streams) {
    const r = records(s);
    // Per shard: 1 MB/s and 1,000 records/s in; 2 MB/s and 2,000 records/s of shared reads out.
    const write = Math.max(1, Math.ceil(s.peakIngressBytesPerSec / 1e6), Math.ceil(r.peakInPerSec / 1000));
    const read = Math.max(write, Math.ceil(s.peakEgressBytesPerSec / 2e6), Math.ceil(r.peakOutPerSec / 2000));
    const ext = s.retentionSeconds > DAY;
    const common =
      r.inPerSec * S * Math.ceil(r.bytes / 25_000) * P.putUnit + (longTermBytes(s) / GiB) * P.longTermGbMonth;
    const sharedUsd = read * H * (P.shardHour + (ext ? P.extendedShardHour : 0)) + common;
    const groups = Math.ceil(s.consumerGroups - 1e-9); // whole consumers (issue #12)
    const efoUsd =
      write * H * (P.shardHour + (ext ? P.extendedShardHour : 0)) +
      groups * write * H * P.efoConsumerShardHour +
      ((s.egressBytesPerSec * S) / GiB) * P.efoGb +
      common;
    // Up to 50 groups share the 5 GetRecords calls/s per shard (each polling every G ÷ 5 s, ≤ 10,000
    // records per call); up to 20 may use enhanced fan-out: the cheaper where both are allowed.
    const useEfo = groups <= 20 && (groups > 50 || (read > write && efoUsd < sharedUsd));
    const n = useEfo ? write : read;
    shards += n;
    shardHours += n * H;
    put += r.inPerSec * S * Math.ceil(r.bytes / 25_000);
    if (ext) extShardHours += n * H;
    lt += longTermBytes(s);
    if (useEfo) {
      efoShardHours += groups * n * H;
      efoBytes += s.egressBytesPerSec * S;
    }
  }
  const lines: [number, number][] = [
    [shardHours, P.shardHour],
    [put, P.putUnit],
  ];
  if (extShardHours) lines.push([extShardHours, P.extendedShardHour]);
  if (lt) lines.push([lt / GiB, P.longTermGbMonth]);
  if (efoShardHours) lines.push([efoShardHours, P.efoConsumerShardHour], [efoBytes / GiB, P.efoGb]);
  return { shards, lines };
}

/** SQS standard: requests per month (send and receive billed per 64 KiB chunk, delete once), tiered. */
function sqsStandard(w: Workload): {
  requests: number;
  queues: number;
  lines: [number, number][];
  fifoOver: boolean;
} {
  let requests = 0;
  let queues = 0;
  let fifoOver = false;
  for (const s of w.streams) {
    const r = records(s);
    const batch = Math.max(1, Math.min(10, Math.floor(MiB / r.bytes))); // 10 messages, 1 MiB per batch
    const calls = (r.inPerSec * S) / batch;
    const perQueue = calls * Math.max(1, Math.ceil((batch * r.bytes) / 65_536)) * 2 + calls;
    // One queue per whole consumer group; requests follow the messages delivered (groups × in).
    queues += Math.max(1, Math.ceil(s.consumerGroups - 1e-9));
    requests += Math.max(1, s.consumerGroups) * perQueue;
    if (r.peakInPerSec / batch > 300) fifoOver = true; // FIFO: 300 send calls/s per queue
  }
  const lines: [number, number][] = [];
  let left = requests;
  for (const [size, price] of P.sqsTiers) {
    if (left <= 0) break;
    const q = Math.min(left, size);
    lines.push([q, price]);
    left -= q;
  }
  return { requests, queues, lines, fifoOver };
}

/** Self-managed Kafka on EC2 m7g.large: the AWS blog's Equation 1 flows at peak, gp3 volumes, KRaft controllers. */
function selfManaged(w: Workload): { brokers: number; storageGiB: number; lines: [number, number][] } {
  // m7g.large: 0.937 Gbps network baseline, 78.75 MB/s EBS baseline; gp3 (2023 limits) 1,000 MiB/s, 16,384 GiB.
  const net = (0.937e9 / 8) * w.targets.maxUtilisation.standard;
  const ebs = Math.min(78.75e6, 1000 * MiB) * w.targets.maxUtilisation.standard;
  const f = w.targets.tolerateAzLoss ? w.azs / (w.azs - 1) : 1;
  let write = 0;
  let out = 0;
  let inn = 0;
  let stored = 0;
  let repl = 0;
  let rfMax = 0;
  for (const s of w.streams) {
    const rf = s.replicationFactor;
    rfMax = Math.max(rfMax, rf);
    write += s.peakIngressBytesPerSec * rf;
    out += s.peakEgressBytesPerSec + s.peakIngressBytesPerSec * (rf - 1);
    inn += s.peakIngressBytesPerSec * rf;
    stored += s.ingressBytesPerSec * s.retentionSeconds * rf * w.targets.storageHeadroom;
    // Followers in other AZs: RF − 1 when RF ≤ AZs (one replica per AZ).
    repl += s.ingressBytesPerSec * (rf - Math.max(1, rf / w.azs));
  }
  const up = (n: number) => Math.ceil(n / w.azs - 1e-9) * w.azs;
  const brokers = Math.max(
    up(Math.max(w.azs, rfMax)),
    up(Math.ceil((write * f) / ebs - 1e-9)),
    up(Math.ceil((out * f) / net - 1e-9)),
    up(Math.ceil((inn * f) / net - 1e-9)),
    up(Math.ceil(stored / (16_384 * GiB) - 1e-9)),
  );
  const storageGiB = Math.ceil(stored / brokers / GiB - 1e-9);
  const otherAz = (w.azs - 1) / w.azs;
  let clients = 0;
  for (const s of w.streams)
    clients +=
      s.ingressBytesPerSec * otherAz +
      (w.targets.fetchFromNearestReplica ? 0 : s.egressBytesPerSec * otherAz);
  return {
    brokers,
    storageGiB,
    lines: [
      [brokers * H, P.m7gLargeHour],
      [3 * H, P.m7gLargeHour], // 3 KRaft controllers
      [brokers * storageGiB, P.gp3GbMonth],
      [3 * 64, P.gp3GbMonth], // 64 GiB each
      [((repl * S) / GiB) * 2, P.crossAzGbEachSide], // billed on both sides
      [((clients * S) / GiB) * 2, P.crossAzGbEachSide],
    ],
  };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
function expectLines(g: Golden, lines: [number, number][]) {
  expect(g.lineItems.length, g.option).toBe(lines.length);
  lines.forEach(([q, price], i) => {
    const l = g.lineItems[i] as Line;
    expect(close(l.quantity, q), `${g.option} line ${i} quantity ${l.quantity} vs ${q}`).toBe(true);
    expect(close(l.unitPriceUsd, price), `${g.option} line ${i} price`).toBe(true);
    expect(close(l.costUsd, q * price), `${g.option} line ${i} cost`).toBe(true);
  });
  const total = lines.reduce((t, [q, price]) => t + q * price, 0);
  expect(close(g.monthlyUsd as number, total), `${g.option} total ${g.monthlyUsd} vs ${total}`).toBe(true);
}

const files = readdirSync(GOLDEN).filter((f) => f.endsWith(".json"));
describe("golden alternatives, derived a second way", () => {
  it("there is one golden file per fixture workload", () =>
    expect(files.length).toBe(readdirSync("fixtures/workloads").filter((f) => f.endsWith(".yaml")).length));
  describe.each(files)("%s", (file) => {
    // A workload with distributions (uncertain.yaml) is planned at their medians, as `plan` does.
    const w = parseWorkload(
      extractDistributions(
        parse(readFileSync(join("fixtures/workloads", file.replace(".json", ".yaml")), "utf8")),
      ).input,
    );
    const golden = JSON.parse(readFileSync(join(GOLDEN, file), "utf8")) as Golden[];
    const get = (id: string) => golden.find((g) => g.option === id) as Golden;
    it("the library computes the golden numbers (what the CLI golden test checks, seen by mutation testing)", () => {
      const rows = evaluateAlternatives({ workload: w, demand: deriveDemand(w), hours: H, region: w.region });
      for (const g of golden) {
        const r = rows.find((x) => x.option === g.option);
        expect(r?.configuration, g.option).toEqual(g.configuration);
        expect(r?.monthlyUsd, g.option).toBe(g.monthlyUsd);
        expect(
          r?.lineItems.map((l) => [l.quantity, l.unitPriceUsd, l.costUsd]),
          g.option,
        ).toEqual(g.lineItems.map((l) => [l.quantity, l.unitPriceUsd, l.costUsd]));
      }
    });
    it("kinesis-on-demand", () => expectLines(get("kinesis-on-demand"), kinesisOnDemand(w)));
    it("kinesis-provisioned", () => {
      const k = kinesisProvisioned(w);
      expect(get("kinesis-provisioned").configuration.shards).toBe(k.shards);
      expectLines(get("kinesis-provisioned"), k.lines);
    });
    it("sqs-standard and sqs-fifo", () => {
      const q = sqsStandard(w);
      const std = get("sqs-standard");
      const fifo = get("sqs-fifo");
      expect(std.configuration.queues).toBe(q.queues);
      expect(close(std.configuration.requestsPerMonth as number, q.requests)).toBe(true);
      const tooLong = w.streams.some((s) => s.retentionSeconds > 14 * DAY);
      expect(std.feasible).toBe(!tooLong);
      if (std.feasible) expectLines(std, q.lines);
      expect(fifo.feasible).toBe(!tooLong && !q.fifoOver);
    });
    it("self-managed (m7g.large)", () => {
      const g = get("self-managed");
      expect(g.configuration.instanceType).toBe("m7g.large");
      const m = selfManaged(w);
      expect([g.configuration.brokers, g.configuration.storagePerBrokerGiB]).toEqual([
        m.brokers,
        m.storageGiB,
      ]);
      expectLines(g, m.lines);
    });
  });
});
