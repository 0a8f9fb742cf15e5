/**
 * Every billed quantity of an MSK cluster, declared once (docs/billing-rules.md): which inputs it
 * reads, its unit, its wording, and the expression that gives it. Each expression is written
 * against {@link Arithmetic}, so one declaration yields
 * - the line-item calculator's quantity, with {@link numbers} (plain number arithmetic:
 *   src/pricing/price-*.ts through `declaredLine`), and
 * - the planner's fast path (`evaluate` in src/plan/*-option.ts), with {@link numbers} over one
 *   {@link quantityInputs} record per prepared option that it refills per scenario (the sweep
 *   path allocates nothing), each line's rule called at its own site, and
 * - the workbook's formula, with expressions over named cells (src/report/quantities.ts binds each
 *   input to a cell of the option's typed configuration or to a formula over the workload).
 * test/plan/planner.property.test.ts holds the fast path equal to the calculator to the last bit,
 * and test/report/three-ways.property.test.ts holds all three together.
 *
 * Operation order is part of a declaration: JS and a spreadsheet both evaluate a × b × c left to
 * right (mul(mul(a, b), c) here), so the formula and the calculator give the same floating-point result from the same
 * inputs. Inputs are in the units the typed configuration holds them (storage per broker in billed
 * GB, PST in MiB/s), bytes for data moved or held, hours and months for the period.
 */
import { BYTES_PER_BILLED_GB } from "../model/conventions.js";
import type { DimensionId } from "./dimensions.js";

/** The operations a billed quantity is written with, and the billing conversion it needs. */
export interface Arithmetic<T> {
  /**
   * a × b. Binary, so the fast path's call is a plain two-argument call the JIT inlines (a
   * variadic one measured about 10 % slower per scenario); a product of three is written
   * mul(mul(a, b), c), left to right as JS and a spreadsheet both evaluate a × b × c.
   */
  mul(a: T, b: T): T;
  /** a ÷ b. */
  div(a: T, b: T): T;
  /** Bytes in a billed GB (a billed GB is a GiB, docs/billing-rules.md). */
  bytesPerBilledGB: T;
}

/** The calculator's arithmetic: plain numbers. */
export const numbers: Arithmetic<number> = {
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  bytesPerBilledGB: BYTES_PER_BILLED_GB,
};

/** Every input a billed quantity may read (units in the name; counts are whole). */
export type QuantityInput =
  /** The billing period in hours, and the same in months (hours ÷ hours per month). */
  | "hours"
  | "months"
  | "brokers"
  /** Provisioned EBS storage per Standard broker, billed GB (GiB). */
  | "storagePerBrokerGB"
  /** Provisioned storage throughput per Standard broker, MiB/s. */
  | "throughputPerBrokerMiBps"
  /** Average bytes held in tiered storage over the period. */
  | "tieredStoredBytes"
  /** Bytes read back from tiered storage over the period. */
  | "tieredRetrievedBytes"
  /** Express: bytes written by producers over the period (before replication). */
  | "dataWrittenBytes"
  /** Express, Serverless: average bytes stored over the period (one copy). */
  | "storedBytes"
  /** Serverless: clusters running the whole period, and their partitions. */
  | "clusters"
  | "partitions"
  /** Serverless: bytes in (produced) and out (consumed) over the period. */
  | "dataInBytes"
  | "dataOutBytes"
  /** Add-ons: MSK Connect MCUs, MSK Replicator instances, multi-VPC authentication schemes. */
  | "connectMcus"
  | "replicators"
  | "privateConnectivitySchemes"
  /** Add-ons: bytes replicated, bytes processed by multi-VPC private connectivity, over the period. */
  | "replicatedBytes"
  | "privateDataBytes"
  /** Bytes crossing an AZ boundary between clients and brokers over the period. */
  | "crossAzBytes";

/**
 * A record of every input, all 0: one per prepared option, which the planner's fast path refills
 * per scenario and hands to each rule (every field present from the start, so its shape never
 * changes and the rules' reads of it stay monomorphic).
 */
export function quantityInputs(): Record<QuantityInput, number> {
  return {
    hours: 0,
    months: 0,
    brokers: 0,
    storagePerBrokerGB: 0,
    throughputPerBrokerMiBps: 0,
    tieredStoredBytes: 0,
    tieredRetrievedBytes: 0,
    dataWrittenBytes: 0,
    storedBytes: 0,
    clusters: 0,
    partitions: 0,
    dataInBytes: 0,
    dataOutBytes: 0,
    connectMcus: 0,
    replicators: 0,
    privateConnectivitySchemes: 0,
    replicatedBytes: 0,
    privateDataBytes: 0,
    crossAzBytes: 0,
  };
}

/** One billed quantity: the inputs it reads, its unit and wording, and its expression. */
export interface QuantityRule<I extends QuantityInput = QuantityInput> {
  inputs: readonly I[];
  /** The billed unit, as line items state it ("GB-months"). */
  unit: string;
  /** What is charged, in words (broker-hours: followed by the instance type in brackets). */
  component: string;
  /** The quantity over the billing period. */
  of<T>(a: Arithmetic<T>, x: Readonly<Record<I, T>>): T;
}

const rule = <const I extends QuantityInput>(r: QuantityRule<I>): QuantityRule<I> => r;

/** Bytes as billed GB. */
const gb = <T>(a: Arithmetic<T>, bytes: T): T => a.div(bytes, a.bytesPerBilledGB);

/**
 * The declarations, by price dimension (`broker` stands for every `broker:<instanceType>`).
 * Standard brokers: broker-hours, provisioned EBS storage, PST, tiered storage held and retrieved.
 * Express: broker-hours, data written (producer bytes before replication, an assumption), storage
 * on bytes actually stored (no replication multiplier). Serverless: five meters. Add-ons any
 * cluster can carry: MSK Connect, MSK Replicator, multi-VPC private connectivity, cross-AZ transfer.
 */
export const BILLED_QUANTITIES = {
  /** Brokers × hours. */
  broker: rule({
    inputs: ["brokers", "hours"],
    unit: "broker-hours",
    component: "Broker instances",
    of: (a, x) => a.mul(x.brokers, x.hours),
  }),
  /** Brokers × provisioned GB per broker × months: charged on the provisioned size. */
  storage: rule({
    inputs: ["brokers", "storagePerBrokerGB", "months"],
    unit: "GB-months",
    component: "Broker storage (EBS, provisioned)",
    of: (a, x) => a.mul(a.mul(x.brokers, x.storagePerBrokerGB), x.months),
  }),
  /**
   * Brokers × provisioned MiB/s per broker × months, on the full provisioned amount (basis
   * unverified); billed only when PST is set (the 250 MiB/s default is free).
   */
  pst: rule({
    inputs: ["brokers", "throughputPerBrokerMiBps", "months"],
    unit: "MiB/s-months",
    component: "Provisioned storage throughput (full provisioned MiB/s; basis unverified)",
    of: (a, x) => a.mul(a.mul(x.brokers, x.throughputPerBrokerMiBps), x.months),
  }),
  /** Average GB held in the tier × months. */
  tieredStorage: rule({
    inputs: ["tieredStoredBytes", "months"],
    unit: "GB-months",
    component: "Tiered storage",
    of: (a, x) => a.mul(gb(a, x.tieredStoredBytes), x.months),
  }),
  /** GB read back from the tier. */
  tieredRetrieval: rule({
    inputs: ["tieredRetrievedBytes"],
    unit: "GB",
    component: "Tiered storage retrieval",
    of: (a, x) => gb(a, x.tieredRetrievedBytes),
  }),
  /** GB written by producers. */
  expressDataWritten: rule({
    inputs: ["dataWrittenBytes"],
    unit: "GB",
    component: "Express data written (producer bytes, before replication)",
    of: (a, x) => gb(a, x.dataWrittenBytes),
  }),
  /** Average GB stored × months. */
  expressStorage: rule({
    inputs: ["storedBytes", "months"],
    unit: "GB-months",
    component: "Express storage",
    of: (a, x) => a.mul(gb(a, x.storedBytes), x.months),
  }),
  /** Clusters × hours (the calculator prices one cluster). */
  serverlessCluster: rule({
    inputs: ["clusters", "hours"],
    unit: "cluster-hours",
    component: "Serverless cluster",
    of: (a, x) => a.mul(x.clusters, x.hours),
  }),
  /** Partitions × hours. */
  serverlessPartition: rule({
    inputs: ["partitions", "hours"],
    unit: "partition-hours",
    component: "Serverless partitions",
    of: (a, x) => a.mul(x.partitions, x.hours),
  }),
  /** GB produced. */
  serverlessDataIn: rule({
    inputs: ["dataInBytes"],
    unit: "GB",
    component: "Serverless data in",
    of: (a, x) => gb(a, x.dataInBytes),
  }),
  /** GB consumed. */
  serverlessDataOut: rule({
    inputs: ["dataOutBytes"],
    unit: "GB",
    component: "Serverless data out",
    of: (a, x) => gb(a, x.dataOutBytes),
  }),
  /** Average GB stored × months (one copy of the retention). */
  serverlessStorage: rule({
    inputs: ["storedBytes", "months"],
    unit: "GB-months",
    component: "Serverless storage",
    of: (a, x) => a.mul(gb(a, x.storedBytes), x.months),
  }),
  /** MCUs × hours. */
  connectMcu: rule({
    inputs: ["connectMcus", "hours"],
    unit: "MCU-hours",
    component: "MSK Connect",
    of: (a, x) => a.mul(x.connectMcus, x.hours),
  }),
  /** Replicators × hours. */
  replicatorHour: rule({
    inputs: ["replicators", "hours"],
    unit: "replicator-hours",
    component: "MSK Replicator",
    of: (a, x) => a.mul(x.replicators, x.hours),
  }),
  /** GB replicated. */
  replicatorData: rule({
    inputs: ["replicatedBytes"],
    unit: "GB",
    component: "MSK Replicator data replicated",
    of: (a, x) => gb(a, x.replicatedBytes),
  }),
  /** Authentication schemes × hours. */
  privateConnectivityHour: rule({
    inputs: ["privateConnectivitySchemes", "hours"],
    unit: "scheme-hours",
    component: "Multi-VPC private connectivity",
    of: (a, x) => a.mul(x.privateConnectivitySchemes, x.hours),
  }),
  /** GB processed. */
  privateConnectivityData: rule({
    inputs: ["privateDataBytes"],
    unit: "GB",
    component: "Multi-VPC private connectivity data",
    of: (a, x) => gb(a, x.privateDataBytes),
  }),
  /** GB crossing an AZ boundary ($0.01/GB each direction, i.e. per GB crossing). */
  crossAz: rule({
    inputs: ["crossAzBytes"],
    unit: "GB",
    component: "Cross-AZ data transfer",
    of: (a, x) => gb(a, x.crossAzBytes),
  }),
} as const satisfies Partial<Record<DimensionId | "broker", { inputs: readonly QuantityInput[] }>>;

/** A price dimension with a declared quantity (`broker` for every `broker:<instanceType>`). */
export type DeclaredDimension = keyof typeof BILLED_QUANTITIES;

/** The inputs of dimension `D`'s quantity, as values of type `T`. */
export type InputsOf<D extends DeclaredDimension, T> =
  (typeof BILLED_QUANTITIES)[D] extends QuantityRule<infer I> ? Readonly<Record<I, T>> : never;

/** The declaration billing a line of `dimension` (`broker:<type>` → broker-hours), or undefined. */
export function quantityRule(dimension: string): QuantityRule | undefined {
  const key = dimension.startsWith("broker:") ? "broker" : dimension;
  return Object.hasOwn(BILLED_QUANTITIES, key)
    ? (BILLED_QUANTITIES[key as DeclaredDimension] as QuantityRule)
    : undefined;
}

/** Dimension `d`'s quantity from plain numbers: what the line-item calculator bills. */
export function billedQuantity<D extends DeclaredDimension>(d: D, x: InputsOf<D, number>): number {
  return (BILLED_QUANTITIES[d] as QuantityRule).of(numbers, x as Readonly<Record<QuantityInput, number>>);
}
