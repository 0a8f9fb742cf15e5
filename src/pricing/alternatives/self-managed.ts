/**
 * Self-managed Apache Kafka on EC2: a configuration in canonical units becomes line items.
 * EC2 is billed per instance-hour (`factualminds-ec2`: per second, 60 s minimum; hours here are whole
 * running periods); gp3 on what is provisioned, IOPS and throughput only above the free 3,000 IOPS
 * and 125 MiB/s (the AWS European Sovereign Cloud EBS pricing page, `infracost-ebs`); cross-AZ EC2↔EC2 traffic at $0.01 per GB on
 * each side (`infracost-data-transfer`: quantity × 2). Operations labour is a line only when given.
 * A price the tables lack in the region is a missing-price line (never zero). docs/billing-rules.md
 */

import { GP3_LIMITS_2023 } from "../../model/alternatives/ec2.js";
import { bytesToBilledGB, hoursToMonths } from "../billing.js";
import type { Price } from "../catalog-schema.js";
import { lineItem, type PriceLine } from "../line-item.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
  missingAlternativePrice,
  priceSource,
  regionsWith,
} from "./prices.js";

/** A group of identical gp3 volumes. */
export interface Gp3VolumeGroup {
  /** "broker" or "controller": names the line. */
  role: string;
  count: number;
  sizeGiB: number;
  iops: number;
  throughputMiBps: number;
}

/** Operations labour, both parts given by the user (docs/billing-rules.md: no sourced default). */
export interface OpsLabour {
  hoursPerMonth: number;
  hourlyRateUsd: number;
}

/**
 * A self-managed Kafka cluster on EC2 to price: broker and KRaft controller instances, gp3
 * volumes, cross-AZ bytes, and optional operations labour.
 */
export interface SelfManagedConfig {
  region: string;
  brokerInstanceType: string;
  brokers: number;
  controllerInstanceType: string;
  controllers: number;
  volumes: readonly Gp3VolumeGroup[];
  /** Bytes crossing an AZ boundary over the period: follower replication, and clients ↔ brokers. */
  crossAzReplicationBytes: number;
  crossAzClientBytes: number;
  labour?: OpsLabour;
}

/** A priced line, or the missing price when `price` is absent. */
function line(
  price: Price | undefined,
  component: string,
  quantity: number,
  unit: string,
  dimension: string,
  missing: () => PriceLine,
): PriceLine {
  return price ? lineItem(component, quantity, unit, price.amount, priceSource(price), dimension) : missing();
}

/**
 * Line items of a self-managed Kafka cluster over `hours`: priced lines, and a missing price for
 * each cost the tables cannot price in the region.
 */
export function priceSelfManaged(
  c: SelfManagedConfig,
  hours: number,
  prices: AlternativePriceTables = BUNDLED_ALTERNATIVE_PRICES,
): PriceLine[] {
  const months = hoursToMonths(hours);
  const r = c.region;
  const items: PriceLine[] = [];
  const ec2 = (type: string, role: string, count: number) => {
    const dimension = `ec2:${type}`;
    items.push(
      line(
        prices.ec2Hourly[r]?.[type],
        `${role} (EC2 ${type})`,
        count * hours,
        "instance-hours",
        dimension,
        () =>
          missingAlternativePrice(
            dimension,
            `EC2 ${type} instance-hours`,
            r,
            regionsWith(prices.ec2Hourly, (t) => t[type] !== undefined),
          ),
      ),
    );
  };
  ec2(c.brokerInstanceType, "Broker instances", c.brokers);
  if (c.controllers > 0) ec2(c.controllerInstanceType, "KRaft controller instances", c.controllers);
  const gp3 = prices.gp3[r] ?? {};
  const gp3Line = (key: keyof typeof gp3, component: string, quantity: number, unit: string, name: string) =>
    items.push(
      line(gp3[key], component, quantity, unit, `ebs:gp3-${key}`, () =>
        missingAlternativePrice(
          `ebs:gp3-${key}`,
          name,
          r,
          regionsWith(prices.gp3, (g) => g[key] !== undefined),
        ),
      ),
    );
  const { baselineIops, baselineThroughputMiBps } = GP3_LIMITS_2023;
  for (const v of c.volumes) {
    if (v.count === 0) continue;
    gp3Line(
      "storage",
      `gp3 storage (${v.role} volumes)`,
      v.count * v.sizeGiB * months,
      "GB-months",
      "EBS gp3 storage",
    );
    const extraIops = Math.max(0, v.iops - baselineIops);
    if (extraIops > 0)
      gp3Line(
        "iops",
        `gp3 IOPS above ${baselineIops} (${v.role} volumes)`,
        v.count * extraIops * months,
        "IOPS-months",
        "EBS gp3 IOPS",
      );
    const extraTput = Math.max(0, v.throughputMiBps - baselineThroughputMiBps);
    if (extraTput > 0)
      gp3Line(
        "throughput",
        `gp3 throughput above ${baselineThroughputMiBps} MiB/s (${v.role} volumes)`,
        v.count * extraTput * months,
        "MiBps-months",
        "EBS gp3 throughput",
      );
  }
  // Each GB crossing is billed on the sending and the receiving side (`infracost-data-transfer`).
  const xaz = prices.crossAz[r];
  const crossAz = (component: string, bytes: number) =>
    items.push(
      line(xaz, component, 2 * bytesToBilledGB(bytes), "GB", "dataTransfer:crossAz", () =>
        missingAlternativePrice(
          "dataTransfer:crossAz",
          "cross-AZ transfer (EC2)",
          r,
          Object.keys(prices.crossAz),
        ),
      ),
    );
  crossAz("Cross-AZ replication traffic (EC2↔EC2, billed each direction)", c.crossAzReplicationBytes);
  crossAz("Cross-AZ client traffic (producers and consumers, billed each direction)", c.crossAzClientBytes);
  if (c.labour) {
    items.push(
      lineItem(
        "Operations labour",
        c.labour.hoursPerMonth * months,
        "hours",
        c.labour.hourlyRateUsd,
        { source: "your input (--ops-hours-per-month, --ops-hourly-rate)", sourceUrl: null },
        "labour",
      ),
    );
  }
  return items;
}
