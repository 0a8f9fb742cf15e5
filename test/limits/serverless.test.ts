// Every MSK Serverless per-cluster quota exactly at its limit (feasible) and one unit past it
// (infeasible, with the reason naming that quota). Limits are written out as published on the
// MSK quota page (200 MB/s in, 400 MB/s out, 5 and 10 MB/s per partition, 2,400 partitions, 3,000
// connections, 8 MiB messages, 500 consumer groups), MB = 10^6 bytes; "one unit past" is 1 B/s,
// 1 byte, one partition, one connection or one group. Each case also checks the sweep path
// (evaluate) agrees with plan.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["serverless"] });
});

interface Case {
  ingress?: number;
  peakIngress?: number;
  egress?: number;
  peakEgress?: number;
  partitions?: number;
  messageSize?: number;
  consumerGroups?: number;
  clientConnections?: number;
}

function serverless(c: Case): OptionResult {
  const ingress = c.ingress ?? 1_000_000;
  const egress = c.egress ?? 1_000_000;
  const w = parseWorkload({
    region: "us-east-1",
    azs: 3,
    clientConnections: c.clientConnections ?? 10,
    streams: [
      {
        name: "s",
        ingress: `${ingress} B/s`,
        peakIngress: `${c.peakIngress ?? ingress} B/s`,
        egress: `${egress} B/s`,
        peakEgress: `${c.peakEgress ?? egress} B/s`,
        partitions: c.partitions ?? 2000,
        replicationFactor: 3,
        retention: "1d",
        consumerGroups: c.consumerGroups ?? 1,
        messageSize: `${c.messageSize ?? 1024} B`,
      },
    ],
  });
  const r = planner.plan(w).options[0] as OptionResult;
  const e = planner.evaluate(w)[0];
  expect(e?.feasible).toBe(r.feasible);
  expect(e?.monthlyUsd).toBe(r.monthlyUsd);
  return r;
}

const MB = 1_000_000;
const MiB = 1_048_576;

describe("MSK Serverless quotas: at the limit fits, one unit past does not", () => {
  it.each<[string, Case, Case, string]>([
    [
      "peak ingress 200 MB/s",
      { peakIngress: 200 * MB },
      { peakIngress: 200 * MB + 1 },
      "peak ingress 200 MBps > 200 MBps (exactly 200,000,001 > 200,000,000; Serverless quota)",
    ],
    // Egress at 400 MB/s is twice the ingress quota: checked against the egress quota, not ingress.
    [
      "peak egress 400 MB/s",
      { peakEgress: 400 * MB },
      { peakEgress: 400 * MB + 1 },
      "peak egress 400 MBps > 400 MBps (exactly 400,000,001 > 400,000,000; Serverless quota)",
    ],
    [
      "2,400 partitions",
      { partitions: 2400 },
      { partitions: 2401 },
      "partitions 2,401 > 2,400 (Serverless quota)",
    ],
    [
      "5 MB/s peak ingress per partition",
      { partitions: 1, peakIngress: 5 * MB },
      { partitions: 1, peakIngress: 5 * MB + 1 },
      "peak ingress per partition 5 MBps > 5 MBps (exactly 5,000,001 > 5,000,000; Serverless quota; add partitions)",
    ],
    // 10 MB/s out of one partition is twice the per-partition ingress quota.
    [
      "10 MB/s peak egress per partition",
      { partitions: 1, peakEgress: 10 * MB },
      { partitions: 1, peakEgress: 10 * MB + 1 },
      "peak egress per partition 10 MBps > 10 MBps (exactly 10,000,001 > 10,000,000; Serverless quota; add partitions)",
    ],
    [
      "3,000 client connections",
      { clientConnections: 3000 },
      { clientConnections: 3001 },
      "client connections 3,001 > 3,000 (Serverless quota)",
    ],
    [
      "8 MiB messages",
      { messageSize: 8 * MiB },
      { messageSize: 8 * MiB + 1 },
      "message size 8 MiB > 8 MiB (exactly 8,388,609 > 8,388,608; Serverless quota)",
    ],
    [
      "500 consumer groups",
      { consumerGroups: 500 },
      { consumerGroups: 501 },
      "consumer groups 501 > 500 (Serverless quota)",
    ],
  ])("%s", (_name, at, past, reason) => {
    const ok = serverless(at);
    expect(ok.feasible).toBe(true);
    expect(ok.reasons).toEqual([]);
    expect(ok.monthlyUsd).toBeGreaterThan(0);
    const no = serverless(past);
    expect(no.feasible).toBe(false);
    expect(no.monthlyUsd).toBeNull();
    expect(no.reasons).toHaveLength(1);
    expect(no.reasons[0]).toBe(reason);
  });

  it("one quota past and the others exactly at theirs: only the one past is named", () => {
    // 2,401 partitions (one past) with 3,000 connections, 500 groups and 8 MiB messages (each at its limit).
    const no = serverless({
      partitions: 2401,
      clientConnections: 3000,
      consumerGroups: 500,
      messageSize: 8 * MiB,
    });
    expect(no.reasons).toEqual(["partitions 2,401 > 2,400 (Serverless quota)"]);
  });

  it("utilisation at each limit is exactly 1 of that quota (egress against 400 MB/s, not 200)", () => {
    expect(serverless({ peakEgress: 400 * MB }).utilisation.egress).toBe(1);
    expect(serverless({ peakIngress: 200 * MB }).utilisation.ingress).toBe(1);
    expect(serverless({ partitions: 2400 }).utilisation.partitions).toBe(1);
    expect(serverless({ partitions: 1, peakIngress: 5 * MB }).utilisation.ingressPerPartition).toBe(1);
    expect(serverless({ partitions: 1, peakEgress: 10 * MB }).utilisation.egressPerPartition).toBe(1);
    expect(serverless({ clientConnections: 3000 }).utilisation.connections).toBe(1);
    expect(serverless({ messageSize: 8 * MiB }).utilisation.messageSize).toBe(1);
    expect(serverless({ consumerGroups: 500 }).utilisation.consumerGroups).toBe(1);
  });
});
