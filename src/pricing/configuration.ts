/**
 * An explicit MSK configuration in canonical units (bytes, bytes/s, counts): what the
 * calculators price. Human-unit files and flags become this type in one adapter
 * (src/pricing/configuration-file.ts); calculators only ever see this.
 * Quantities of data are totals over the billing period; "stored" quantities are the average
 * held over the period.
 */

export type DeploymentKind = "standard" | "express" | "serverless";

/** Add-ons any kind can carry. All optional; absent means none. */
export interface AddOns {
  /** MSK Connect MCUs running the whole period. */
  connectMcus?: number;
  /** MSK Replicator instances running the whole period. */
  replicators?: number;
  /** Bytes replicated by MSK Replicator over the period. */
  replicatedBytes?: number;
  /** Multi-VPC private connectivity: authentication schemes enabled. */
  privateConnectivitySchemes?: number;
  /** Bytes processed by multi-VPC private connectivity over the period. */
  privateDataBytes?: number;
  /** Bytes crossing an AZ boundary between clients and brokers over the period. */
  crossAzBytes?: number;
}

/**
 * A Standard-broker cluster to price: broker type and count, storage (and provisioned throughput)
 * per broker, optional tiered storage, and add-ons.
 */
export interface StandardConfig extends AddOns {
  kind: "standard";
  region: string;
  instanceType: string; // kafka.m5.large …
  brokers: number;
  storagePerBrokerBytes: number;
  /** Provisioned storage throughput per broker, bytes/s; absent = the 250 MiB/s default (not billed). */
  throughputPerBrokerBytesPerSec?: number;
  /** Average bytes held in tiered storage over the period. */
  tieredStoredBytes?: number;
  /** Bytes read back from tiered storage over the period. */
  tieredRetrievedBytes?: number;
}

/**
 * An Express-broker cluster to price: broker type and count, data written and stored over the
 * period, and add-ons.
 */
export interface ExpressConfig extends AddOns {
  kind: "express";
  region: string;
  instanceType: string; // express.m7g.large …
  brokers: number;
  /** Bytes written by producers over the period (pre-replication; docs/billing-rules.md). */
  dataWrittenBytes: number;
  /** Average bytes stored over the period. */
  storedBytes: number;
}

/**
 * An MSK Serverless cluster to price: partitions, bytes in and out and bytes stored over the
 * period, and add-ons.
 */
export interface ServerlessConfig extends AddOns {
  kind: "serverless";
  region: string;
  partitions: number;
  dataInBytes: number;
  dataOutBytes: number;
  storedBytes: number;
}

/** An MSK configuration to price: Standard, Express or Serverless (narrow on `kind`). */
export type ClusterConfig = StandardConfig | ExpressConfig | ServerlessConfig;

/** Price result, and the exact `--json` shape of `msk-planner price` (issue #3). */
export interface PriceResult {
  region: string;
  hours: number;
  catalog: { source: string; date: string };
  lineItems: import("./line-item.js").LineItem[];
  /** Sum of the priced line items: a lower bound when `priced` is "partial", null when "none". */
  totalUsd: number | null;
  /** Whether every cost of the configuration has a price ("complete"), some ("partial") or none. */
  priced: import("./line-item.js").PricedStatus;
  /** Costs the catalog cannot price in the region, each with why; empty when complete. */
  missingPrices: import("./line-item.js").MissingPrice[];
}
