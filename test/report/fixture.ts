// A PlanResult built from the real pricing engine and bundled catalog (src/pricing), with the
// configurations chosen by hand: what the planner returns, without depending on its sizing.
// Hand-worked anchor: Standard 3 × kafka.m5.large, 1,000 GiB each, 730 h = $759.90 (docs/billing-rules.md D2).
import { BYTES_PER_GIB, SECONDS_PER_HOUR } from "../../src/model/conventions.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { DEFAULT_INSTANCE_TYPES } from "../../src/model/instance-types.js";
import type { Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { pricesNeeded, recommendedOf } from "../../src/plan/planner.js";
import type { OptionResult, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import type { ClusterConfig } from "../../src/pricing/configuration.js";
import { priceConfiguration } from "../../src/pricing/price-configuration.js";

export const WORKLOAD_INPUT = {
  region: "us-east-1",
  streams: [
    {
      name: "orders",
      description: '=HYPERLINK("http://evil","x")',
      ingress: "20 MB/s",
      egress: "40 MB/s",
      partitions: 60,
      retention: "3d",
      localRetention: "1d",
    },
    { name: "+clicks", ingress: "5 MB/s", partitions: 24, retention: "1d" },
  ],
};

export function workload(input: unknown = WORKLOAD_INPUT): Workload {
  return parseWorkload(input);
}

/** Plan result for a workload with fixed configurations, priced by the real engine. */
export function planFor(w: Workload, catalog: Catalog = bundledCatalog(), hours = 730): PlanResult {
  const d = deriveDemand(w);
  const region = w.region;
  const bytesOver = (bps: number) => bps * SECONDS_PER_HOUR * hours;
  const opt = (
    option: OptionResult["option"],
    config: ClusterConfig,
    configuration: Record<string, number | string>,
    binding: string,
  ): OptionResult => {
    const r = priceConfiguration(config, catalog, { hours });
    return {
      option,
      family: "msk",
      feasible: true,
      configuration,
      monthlyUsd: r.totalUsd,
      priced: r.priced,
      missingPrices: r.missingPrices,
      lineItems: r.lineItems,
      utilisation: { network: 0.42 },
      binding,
      reasons: [],
      problems: [],
      notes: ["infrastructure only"],
      // A hand-built stand-in for the report tests (partial configurations, free-form resource
      // names on purpose), not a planner result: typed loosely here only.
    } as unknown as OptionResult;
  };
  const options: OptionResult[] = [
    opt(
      "serverless",
      {
        kind: "serverless",
        region,
        partitions: d.partitions,
        dataInBytes: bytesOver(d.ingressBytesPerSec),
        dataOutBytes: bytesOver(d.egressBytesPerSec),
        storedBytes: d.retainedBytes,
      },
      { partitions: d.partitions },
      "partitions",
    ),
    opt(
      "express",
      {
        kind: "express",
        region,
        instanceType: "express.m7g.large",
        brokers: 3,
        dataWrittenBytes: bytesOver(d.ingressBytesPerSec),
        storedBytes: d.retainedBytes,
      },
      { instanceType: "express.m7g.large", brokers: 3 },
      "ingress throughput",
    ),
    opt(
      "standard",
      {
        kind: "standard",
        region,
        instanceType: "kafka.m5.large",
        brokers: 3,
        storagePerBrokerBytes: 1000 * BYTES_PER_GIB,
        crossAzBytes: bytesOver(d.crossAzBytesPerSec),
      },
      { instanceType: "kafka.m5.large", brokers: 3, storagePerBrokerGiB: 1000 },
      "storage",
    ),
    opt(
      "standard-tiered",
      {
        kind: "standard",
        region,
        instanceType: "kafka.m7g.large",
        brokers: 3,
        storagePerBrokerBytes: 500 * BYTES_PER_GIB,
        tieredStoredBytes: d.tieredStoredBytes,
      },
      { instanceType: "kafka.m7g.large", brokers: 3, storagePerBrokerGiB: 500 },
      "network",
    ),
  ];
  options.sort((a, b) => (a.monthlyUsd as number) - (b.monthlyUsd as number));
  options.push({
    option: "self-managed",
    family: "alternative",
    feasible: false,
    configuration: { instanceType: "m5.large", brokers: 3 },
    monthlyUsd: null,
    priced: "none",
    missingPrices: [],
    lineItems: [],
    utilisation: {},
    binding: null,
    reasons: ["-no EC2 price for ap-test-1 (stand-in reason)"],
    problems: [],
    notes: [],
  } as unknown as OptionResult);
  return {
    region,
    hours,
    catalog: { source: catalog.source, date: catalog.date },
    workload: w,
    demand: d,
    instanceTypes: [...DEFAULT_INSTANCE_TYPES],
    options,
    recommended: recommendedOf(options),
    pricesNeeded: pricesNeeded(region, options),
  };
}

export const REPORT_OPTS = { generatedAt: "2026-10-01T12:00:00.000Z", version: "0.1.0-test" };
