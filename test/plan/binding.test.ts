// The binding resource each option reports (the constraint that sets the size, shown beside every
// plan), worked by hand for one stream in us-east-1 with default targets (RF 3, 1 day, 3 AZs).
// Serverless: the largest share of a per-cluster quota (200 MB/s in, 400 out, 2,400 partitions,
// 5 and 10 MB/s per partition, 3,000 connections, 8 MiB messages, 500 groups), the first in that
// order on a tie. Express and Standard: the resource needing the most brokers, "minimumBrokers"
// when the 3-broker floor is what binds.
import { beforeEach, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { binding } from "../../src/plan/option-results.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options: ["standard", "express", "serverless"],
  });
});
function bindings(stream: Record<string, unknown>, clientConnections = 10): Record<string, string | null> {
  const w = parseWorkload({
    region: "us-east-1",
    azs: 3,
    clientConnections,
    streams: [{ name: "s", replicationFactor: 3, retention: "1d", ...stream }],
  });
  return Object.fromEntries(planner.plan(w).options.map((o) => [o.option, o.feasible ? o.binding : null]));
}

describe("binding resource", () => {
  it("1 MB/s over 10 partitions: 0.1 MB/s per partition is 2 % of Serverless's 5, above 0.5 % of 200 in; brokers at the floor", () => {
    expect(bindings({ ingress: "1 MB/s", consumerGroups: 1, partitions: 10 })).toEqual({
      standard: "minimumBrokers",
      express: "minimumBrokers",
      serverless: "ingressPerPartition",
    });
  });

  it("200 MB/s in and 2 groups (400 MB/s out): ingress and egress both 100 % of quota, the tie goes to ingress", () => {
    expect(bindings({ ingress: "200 MB/s", consumerGroups: 2, partitions: 100 }).serverless).toBe("ingress");
  });

  it("50 MB/s in, 8 groups: 400 MB/s out binds every option on egress", () => {
    // Serverless: 400 ÷ 400 = 100 % vs 50 ÷ 200 = 25 % in. Express m7g.large: 400 ÷ 31.2 = 12.8 →
    // 13 → 15 brokers for egress vs 50 ÷ 15.6 = 3.2 → 4 for ingress.
    expect(bindings({ ingress: "50 MB/s", consumerGroups: 8, partitions: 100 })).toEqual({
      standard: "networkOut",
      express: "egress",
      serverless: "egress",
    });
  });

  it("2,000 partitions: 6,000 replicas bind all three (Serverless 2,000 of 2,400)", () => {
    expect(bindings({ ingress: "10 MB/s", consumerGroups: 1, partitions: 2000 })).toEqual({
      standard: "partitions",
      express: "partitions",
      serverless: "partitions",
    });
  });

  it("Serverless on each remaining quota: egress per partition, message size, consumer groups, connections", () => {
    // 9 groups × 1 MB/s on one partition = 9 of 10 MB/s; 8 MiB of 8 MiB; 400 of 500 groups; 2,700 of 3,000.
    expect(bindings({ ingress: "1 MB/s", consumerGroups: 9, partitions: 1 }).serverless).toBe(
      "egressPerPartition",
    );
    expect(
      bindings({ ingress: "1 MB/s", consumerGroups: 1, partitions: 10, messageSize: "8 MiB" }).serverless,
    ).toBe("messageSize");
    expect(bindings({ ingress: "1000 B/s", consumerGroups: 400, partitions: 10 }).serverless).toBe(
      "consumerGroups",
    );
    expect(bindings({ ingress: "1 MB/s", consumerGroups: 1, partitions: 10 }, 2700).serverless).toBe(
      "connections",
    );
  });

  it("100 MB/s in: Express on ingress (100 ÷ 15.6 = 6.4 → 9 brokers), Serverless on ingress (50 %)", () => {
    const b = bindings({ ingress: "100 MB/s", consumerGroups: 1, partitions: 100 });
    expect(b.express).toBe("ingress");
    expect(b.serverless).toBe("ingress");
  });

  it("20 MB/s kept 30 days: Standard on storage (20 MB/s × 30 d × 3 × 2 = 311 TB)", () => {
    expect(
      bindings({ ingress: "20 MB/s", consumerGroups: 1, partitions: 10, retention: "30d" }).standard,
    ).toBe("storage");
  });

  it("9,000 connections (× 1.5 with one AZ lost ÷ 3,000 = 4.5 → 6 brokers): Standard and Express on connections", () => {
    const b = bindings({ ingress: "1 MB/s", consumerGroups: 1, partitions: 10 }, 9000);
    expect(b.standard).toBe("connections");
    expect(b.express).toBe("connections");
    expect(b.serverless).toBeNull(); // above Serverless's 3,000
  });
});

describe("Express ties keep table order", () => {
  it("80 MB/s in: 6 × express.m7g.large (80 ÷ 15.6 = 5.1 → 6) and 3 × xlarge (80 ÷ 31.2 = 2.6 → 3) both cost 6 × $0.408 = 3 × $0.816 = $2.448/h; the smaller size is kept", () => {
    const w = parseWorkload({
      region: "us-east-1",
      azs: 3,
      clientConnections: 10,
      streams: [
        {
          name: "s",
          ingress: "80 MB/s",
          consumerGroups: 1,
          partitions: 100,
          replicationFactor: 3,
          retention: "1d",
        },
      ],
    });
    const o = planner.plan(w).options.find((x) => x.option === "express");
    expect(o?.feasible && o.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 6 });
  });
});

describe("binding() itself: the largest need, the first in the order on a tie", () => {
  it("the largest need wins, wherever it is in the order", () => {
    expect(binding({ a: 1, b: 3, c: 2 }, ["a", "b", "c"])).toBe("b");
    expect(binding({ a: 1, b: 2, c: 3 }, ["a", "b", "c"])).toBe("c");
    expect(binding({ a: 3, b: 2, c: 1 }, ["a", "b", "c"])).toBe("a");
  });
  it("a tie goes to the first in the order, not the last", () => {
    expect(binding({ a: 2, b: 2, c: 1 }, ["a", "b", "c"])).toBe("a");
    expect(binding({ a: 2, b: 2, c: 1 }, ["b", "a", "c"])).toBe("b");
    expect(binding({ a: 5, b: 5, c: 5 }, ["c", "b", "a"])).toBe("c");
  });
});
