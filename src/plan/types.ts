/**
 * The planner's result: the `--json` shape of `msk-planner plan` (issue #4), also what reports,
 * the simulator and the alternatives build on.
 *
 * {@link OptionResult} is a discriminated union: narrow on `option` and `feasible` and
 * `configuration` is that option's own typed configuration (issue #15), e.g.
 * `if (r.option === "standard" && r.feasible) r.configuration.brokers // number`.
 */
import type { Workload } from "../model/workload.js";
import type { LineItem, MissingPrice, PricedStatus } from "../pricing/line-item.js";
import type { Infeasibility } from "./infeasibility.js";

/** The four MSK deployment options, in the planner's default order. */
export const MSK_OPTIONS = ["standard", "standard-tiered", "express", "serverless"] as const;
/** The alternatives to MSK (issue #8), sized and priced the same way. */
export const ALTERNATIVE_OPTIONS = [
  "self-managed",
  "kinesis-provisioned",
  "kinesis-on-demand",
  "sqs-standard",
  "sqs-fifo",
] as const;
/** An MSK deployment option id. */
export type MskOptionId = (typeof MSK_OPTIONS)[number];
/** An alternative-to-MSK option id. */
export type AlternativeOptionId = (typeof ALTERNATIVE_OPTIONS)[number];
/** Any option id the planner can size. */
export type OptionId = MskOptionId | AlternativeOptionId;

/**
 * Every resource an option can be sized by, run out of, or be refused for: the keys of
 * {@link OptionResult.utilisation}, the values of {@link OptionResult.binding} and the `resource`
 * of an {@link Infeasibility}. Plain words for each: `resourceLabel` (src/plan/infeasibility.ts).
 */
export const RESOURCES = [
  // brokers (Standard, Express, self-managed)
  "networkOut",
  "networkIn",
  "storageThroughput",
  "partitions",
  "storage",
  "storageCapacity",
  "connections",
  "brokers",
  "minimumBrokers",
  // the instance-type allow-list leaves an option no type to size
  "instanceTypes",
  // Express per broker, Serverless per cluster
  "ingress",
  "egress",
  "ingressPerPartition",
  "egressPerPartition",
  "messageSize",
  "consumerGroups",
  "replicationFactor",
  "azs",
  "retention",
  // Kinesis
  "recordSize",
  "writeBytes",
  "writeRecords",
  "sharedReadBytes",
  "writeCeiling",
  "readCeiling",
  // SQS
  "fifoCallsPerSecond",
  "requests",
] as const;
/** A resource name; see {@link RESOURCES}. */
export type Resource = (typeof RESOURCES)[number];

/** Standard brokers (with or without tiered storage), as sized. */
export interface StandardConfiguration {
  instanceType: string;
  brokers: number;
  brokersPerAz: number;
  azs: number;
  /** Provisioned EBS storage per broker, GiB. */
  storagePerBrokerGiB: number;
  /** Provisioned storage throughput per broker (MiB/s), or null for the volume's default. */
  provisionedThroughputMiBps: number | null;
  tieredStorage: boolean;
}
/** Express brokers, as sized. */
export interface ExpressConfiguration {
  instanceType: string;
  brokers: number;
  brokersPerAz: number;
  azs: number;
  replicationFactor: number;
}
/** The closest broker configuration tried when no instance type fits (Standard, Express). */
export interface ClosestBrokerConfiguration {
  instanceType: string;
  /** The most brokers the quota allows (a multiple of the AZ count). */
  brokers: number;
  /** Brokers the workload would need, or null when no count is enough. */
  brokersNeeded: number | null;
  azs: number;
}
/** One MSK Serverless cluster. */
export interface ServerlessConfiguration {
  clusters: number;
  partitions: number;
}
/** Self-managed Kafka on EC2 with gp3 volumes and KRaft controllers. */
export interface SelfManagedConfiguration {
  instanceType: string;
  brokers: number;
  storagePerBrokerGiB: number;
  volumeIopsPerBroker: number;
  volumeThroughputPerBrokerMiBps: number;
  controllerInstanceType: string;
  controllers: number;
  /** "infrastructure only" or "infrastructure + operations labour". */
  costBasis: string;
  opsHoursPerMonth: number | null;
  opsHourlyRateUsd: number | null;
}
/** What is known of a self-managed configuration that could not be sized. */
export interface SelfManagedBasis {
  costBasis: string;
}
/** How consumers read a Kinesis stream. */
export type KinesisReadMode = "shared" | "enhanced fan-out" | "mixed";
/** How consumers read on-demand streams: shared, with enhanced fan-out for reads beyond 2 × writes. */
export type KinesisOnDemandReadMode = "shared" | "shared and enhanced fan-out";
/** Kinesis Data Streams, provisioned mode. */
export interface KinesisProvisionedConfiguration {
  streams: number;
  shards: number;
  readMode: KinesisReadMode;
  efoConsumers: number;
  putUnitsPerRecord: number;
}
/** Kinesis Data Streams, on-demand mode. */
export interface KinesisOnDemandConfiguration {
  streams: number;
  readMode: KinesisOnDemandReadMode;
  billedRecordBytes: number;
}
/** SQS queues (standard or FIFO), one per stream and consumer group. */
export interface SqsConfiguration {
  queues: number;
  batchSize: number;
  freeTier: boolean;
  requestsPerMonth: number;
}

/**
 * Per option: the configuration of a feasible result, and what an infeasible result may carry
 * (the closest configuration tried; `configuration` may also be null).
 */
export interface OptionConfigurations {
  standard: { feasible: StandardConfiguration; infeasible: ClosestBrokerConfiguration };
  "standard-tiered": { feasible: StandardConfiguration; infeasible: ClosestBrokerConfiguration };
  express: { feasible: ExpressConfiguration; infeasible: ClosestBrokerConfiguration };
  serverless: { feasible: ServerlessConfiguration; infeasible: ServerlessConfiguration };
  "self-managed": { feasible: SelfManagedConfiguration; infeasible: SelfManagedBasis };
  "kinesis-provisioned": { feasible: KinesisProvisionedConfiguration; infeasible: never };
  "kinesis-on-demand": { feasible: KinesisOnDemandConfiguration; infeasible: never };
  "sqs-standard": { feasible: SqsConfiguration; infeasible: SqsConfiguration };
  "sqs-fifo": { feasible: SqsConfiguration; infeasible: SqsConfiguration };
}

/** Any option's configuration (feasible or closest tried). */
export type OptionConfiguration = {
  [O in OptionId]: OptionConfigurations[O]["feasible"] | OptionConfigurations[O]["infeasible"];
}[OptionId];

/** "msk" for the four MSK options, "alternative" for the others. */
export type FamilyOf<O extends OptionId> = O extends MskOptionId ? "msk" : "alternative";

/** Fields every option result has. */
interface ResultCommon<O extends OptionId> {
  option: O;
  family: FamilyOf<O>;
  /** Assumptions and caveats the user should see (e.g. "infrastructure only"). */
  notes: string[];
}

/** A feasible option: sized, priced, itemised. */
export interface FeasibleOptionResult<O extends OptionId = OptionId> extends ResultCommon<O> {
  feasible: true;
  /** The chosen configuration. */
  configuration: OptionConfigurations[O]["feasible"];
  /**
   * Cost over the billing period (USD, unrounded): a month (730 hours) unless the planner was
   * given other `hours`. The JSON name stays `monthlyUsd` (scripts read it); it is the period's
   * cost, which is a month by default.
   */
  monthlyUsd: number | null;
  /**
   * How completely `monthlyUsd` is priced: every cost ("complete"), some ("partial": monthlyUsd is
   * the sum of what is priced, a lower bound), none ("none": monthlyUsd null). Separate from
   * feasibility: a missing price never makes an option infeasible.
   */
  priced: PricedStatus;
  /** The costs the catalog has no price for in the region (dimension, name in words, why). */
  missingPrices: MissingPrice[];
  /** Itemised cost of what is priced; `monthlyUsd` is their sum. */
  lineItems: LineItem[];
  /** Utilisation per resource at peak, as a fraction of capacity (not of the target). */
  utilisation: Partial<Record<Resource, number>>;
  /** The resource that decided the size, or null. */
  binding: Resource | null;
  /** Empty for a feasible option. */
  reasons: [];
  /** Empty for a feasible option. */
  problems: [];
}

/** An infeasible option: never priced; says which constraint it breaks and by how much. */
export interface InfeasibleOptionResult<O extends OptionId = OptionId> extends ResultCommon<O> {
  feasible: false;
  /** The closest configuration tried, or null. */
  configuration: OptionConfigurations[O]["infeasible"] | null;
  /** Always null: an infeasible option is never priced. */
  monthlyUsd: null;
  priced: "none";
  missingPrices: [];
  lineItems: [];
  utilisation: Partial<Record<Resource, number>>;
  binding: null;
  /** Each problem worded by `describeInfeasibility` (one line per problem). */
  reasons: string[];
  /** Why infeasible, as data: the constraint, the actual value, the limit and the unit. */
  problems: Infeasibility[];
}

/** The result for one option id, feasible or not. */
export type OptionResultOf<O extends OptionId> = FeasibleOptionResult<O> | InfeasibleOptionResult<O>;

/**
 * One option's result, discriminated on `option` and `feasible`:
 * ```ts
 * for (const r of result.options)
 *   if (r.option === "standard" && r.feasible) console.log(r.configuration.brokers + 1);
 * ```
 */
export type OptionResult = { [O in OptionId]: OptionResultOf<O> }[OptionId];

/** What `plan` returns (and `plan --json` prints). */
export interface PlanResult {
  region: string;
  /** Billing period in hours (730 = one month); every `monthlyUsd` is the cost over it. */
  hours: number;
  catalog: { source: string; date: string };
  workload: Workload;
  demand: import("../model/demand.js").Demand;
  /** The broker types the planner considered (the instance-type allow-list, resolved; table order). */
  instanceTypes: string[];
  /**
   * Feasible and completely priced first (cheapest first), then feasible partly priced (by their
   * lower bound), then feasible unpriced, then infeasible.
   */
  options: OptionResult[];
  /** The cheapest feasible, completely priced option, or null. */
  recommended: OptionId | null;
  /**
   * When feasible options exist but none is completely priced (so `recommended` is null): which
   * prices to supply, and how. Null otherwise.
   */
  pricesNeeded: PricesNeeded | null;
}

/** The prices a plan lacks to recommend an option, and how to supply them. */
export interface PricesNeeded {
  region: string;
  /** The missing prices of the feasible options, each once. */
  missingPrices: MissingPrice[];
  /** One line for people: which prices and the two ways to supply them. */
  message: string;
}
