// Words for the planner's keys (src/report/labels.ts) and the Helpers sheet's cells
// (src/report/helper-cells.ts): names, values and the one-below-Excel's-limit rule.
import { describe, expect, it } from "vitest";
import { add, evaluate, ref, render } from "../../src/report/expr.js";
import { fitWithHelpers, type HelperCell } from "../../src/report/helper-cells.js";
import {
  configLabel,
  fieldLabel,
  optionName,
  plainNote,
  resourceLabel,
  sentence,
  words,
} from "../../src/report/labels.js";

describe("labels", () => {
  it("a workload field path in the Assumptions sheet's words: cluster fields, one stream's field, a field of every stream", () => {
    expect(fieldLabel("targets.storageHeadroom")).toBe("Storage head-room");
    expect(fieldLabel("targets.maxUtilisation.express")).toBe("Max utilisation, Express brokers");
    expect(fieldLabel("clientConnections")).toBe("Client connections");
    expect(fieldLabel("streams.orders.replicationFactor")).toBe("Stream orders: replication factor");
    // A stream name may hold dots and commas: the field is the last segment.
    expect(fieldLabel("streams.a.b,c.peakIngress")).toBe("Stream a.b,c: ingress (peak)");
    expect(fieldLabel("retention")).toBe("Retention, every stream");
    // A field without a sheet row reads in the simulator's words; a path naming no field stays as written.
    expect(fieldLabel("streams.s.messagesPerSec")).toBe(
      "Stream s: average messages per second (instead of ingress)",
    );
    expect(fieldLabel("streams.s.noSuchField")).toBe("streams.s.noSuchField");
  });

  it("a planner note for finance: field names become the sheet's words in quotes, a docs pointer the documentation, other words stay", () => {
    expect(
      plainNote("sized with the AWS blog Equation 1 flows (sizingModel blog); utilisation is at peak"),
    ).toBe("sized with the AWS blog Equation 1 flows (“Sizing model”: blog); utilisation is at peak");
    expect(
      plainNote("sized at 100% (targets.maxUtilisation.express) of AWS's rate (docs/express-headroom.md)"),
    ).toBe("sized at 100% (“Max utilisation, Express brokers”) of AWS's rate (msk-planner's documentation)");
    expect(plainNote("set tierReads (e.g. 2 TiB/month) if some do")).toBe(
      "set “tier reads (part of egress older than local retention)” (e.g. 2 TiB/month) if some do",
    );
    // Not a field: left as written (a resource word, an AWS name, a value in parentheses).
    expect(plainNote("networkOut binds (kafka.m5.large 3); see msk_sizing.py")).toBe(
      "networkOut binds (kafka.m5.large 3); see msk_sizing.py",
    );
    // A name and a value in parentheses, the name not a field: the parentheses kept as written.
    expect(plainNote("sized as (networkOut 3) and (AWS blog)")).toBe(
      "sized as (networkOut 3) and (AWS blog)",
    );
  });

  it("an option's plain name: MSK options by their own names, the alternatives spelled from the id (SQS and FIFO in capitals)", () => {
    expect(["standard", "standard-tiered", "express", "serverless"].map(optionName)).toEqual([
      "Standard",
      "Standard tiered",
      "Express",
      "Serverless",
    ]);
    expect(["sqs-standard", "sqs-fifo", "kinesis-on-demand", "self-managed"].map(optionName)).toEqual([
      "SQS standard",
      "SQS FIFO",
      "Kinesis on demand",
      "Self managed",
    ]);
    // At most 31 characters (Excel's limit on a sheet name).
    expect(optionName("a-very-long-option-id-of-forty-characters")).toBe("A very long option id of forty ");
  });

  it("a key split from camelCase, units kept whole and spelled out, acronyms and numbers kept", () => {
    expect(words("storagePerBrokerGiB")).toBe("storage per broker (GiB)");
    expect(words("throughputMiBps")).toBe("throughput (MiB/s)");
    expect(words("hourlyUsd")).toBe("hourly (USD)");
    expect(words("retentionTiB")).toBe("retention (TiB)");
    expect(words("blockMiB")).toBe("block (MiB)");
    expect(words("pageKiB")).toBe("page (KiB)");
    expect(words("brokersPerAZCount")).toBe("brokers per AZ count");
    expect(words("shards2")).toBe("shards 2");
    expect(words("shards12")).toBe("shards 12");
    expect(words("---")).toBe("---");
    expect(sentence("brokers per AZ")).toBe("Brokers per AZ");
    expect(sentence("")).toBe("");
  });

  it("configuration keys from the table, else the words capitalised; resources from the planner's table, else words", () => {
    expect(configLabel("clusters")).toBe("Serverless clusters");
    expect(configLabel("provisionedThroughputMiBps")).toBe(
      "Provisioned storage throughput per broker (MiB/s)",
    );
    expect(configLabel("hourlyUsd")).toBe("Hourly (USD)");
    expect(resourceLabel("networkOut")).toBe("network out");
    expect(resourceLabel("storage")).toBe("storage");
    expect(resourceLabel("shardWrites")).toBe("shard writes");
  });
});

describe("helper cells", () => {
  /** Two names whose sum renders as exactly `length` characters ("a…a+b…b"). */
  const sumOf = (length: number) => add(ref("a".repeat(4000)), ref("b".repeat(length - 4001)));
  const env = () =>
    new Map<string, number>([
      ["a".repeat(4000), 2],
      ["b".repeat(4190), 3],
      ["b".repeat(4191), 5],
    ]);

  it("a formula of 8,191 characters is kept (one below Excel's 8,192, for the '=' shown)", () => {
    const out: HelperCell[] = [];
    const e = sumOf(8191);
    expect(render(e)).toHaveLength(8191);
    expect(fitWithHelpers(e, "express_q2", env(), out, "Express: part of the quantity of Storage")).toBe(e);
    expect(out).toEqual([]);
  });

  it("one of 8,192 goes to helper cells named <base>_part1, _part2 …, each with its value and what it is part of", () => {
    const out: HelperCell[] = [];
    const vars = env();
    const fitted = fitWithHelpers(
      sumOf(8192),
      "express_q2",
      vars,
      out,
      "Express: part of the quantity of Storage",
    );
    expect(render(fitted)).toBe("express_q2_part1+express_q2_part2");
    expect(out).toEqual([
      {
        name: "express_q2_part1",
        formula: "a".repeat(4000),
        value: 2,
        partOf: "Express: part of the quantity of Storage",
      },
      {
        name: "express_q2_part2",
        formula: "b".repeat(4191),
        value: 5,
        partOf: "Express: part of the quantity of Storage",
      },
    ]);
    // The environment gains each helper's value, so the fitted formula evaluates: 2 + 5.
    expect(evaluate(fitted, vars)).toBe(7);
  });
});
