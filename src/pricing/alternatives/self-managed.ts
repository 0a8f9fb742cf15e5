/**
 * Self-managed Apache Kafka on EC2: a configuration in canonical units becomes line items.
 * EC2 is billed per instance-hour (`factualminds-ec2`: per second, 60 s minimum; hours here are whole
 * running periods); gp3 on what is provisioned, IOPS and throughput only above the free 3,000 IOPS
 * and 125 MiB/s (the AWS European Sovereign Cloud EBS pricing page, `infracost-ebs`); cross-AZ EC2↔EC2 traffic at $0.01 per GB on
 * each side (`infracost-data-transfer`: quantity × 2). Operations labour is a line only when given.
 * docs/billing-rules.md
 */

import { GP3_LIMITS_2023 } from "../../model/alternatives/ec2.js";
import { PriceUnavailableError } from "../../model/errors.js";
import { bytesToBilledGB, hoursToMonths } from "../billing.js";
import { type LineItem, lineItem } from "../line-item.js";
import { CROSS_AZ_PER_GB_EACH_WAY, EC2_HOURLY, GP3_PRICES, priceSource } from "./prices.js";

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

function ec2Price(region: string, type: string, path: string) {
  const price = EC2_HOURLY[region]?.[type];
  if (!price) {
    throw new PriceUnavailableError(
      path,
      `no sourced EC2 on-demand price for ${type} in ${region} (priced in us-east-1 only: ${Object.keys(EC2_HOURLY["us-east-1"] ?? {}).join(", ")})`,
    );
  }
  return price;
}

/** Line items of a self-managed Kafka cluster over `hours`. Throws PriceUnavailableError when unpriced. */
export function priceSelfManaged(c: SelfManagedConfig, hours: number): LineItem[] {
  const months = hoursToMonths(hours);
  const items: LineItem[] = [];
  const broker = ec2Price(c.region, c.brokerInstanceType, "brokerInstanceType");
  items.push(
    lineItem(
      `Broker instances (EC2 ${c.brokerInstanceType})`,
      c.brokers * hours,
      "instance-hours",
      broker.amount,
      priceSource(broker),
      `ec2:${c.brokerInstanceType}`,
    ),
  );
  if (c.controllers > 0) {
    const ctl = ec2Price(c.region, c.controllerInstanceType, "controllerInstanceType");
    items.push(
      lineItem(
        `KRaft controller instances (EC2 ${c.controllerInstanceType})`,
        c.controllers * hours,
        "instance-hours",
        ctl.amount,
        priceSource(ctl),
        `ec2:${c.controllerInstanceType}`,
      ),
    );
  }
  const gp3 = GP3_PRICES[c.region];
  if (!gp3)
    throw new PriceUnavailableError(
      "region",
      `no sourced gp3 price in ${c.region} (priced in us-east-1 and us-west-2 only)`,
    );
  const { baselineIops, baselineThroughputMiBps } = GP3_LIMITS_2023;
  for (const v of c.volumes) {
    if (v.count === 0) continue;
    items.push(
      lineItem(
        `gp3 storage (${v.role} volumes)`,
        v.count * v.sizeGiB * months,
        "GB-months",
        gp3.storage.amount,
        priceSource(gp3.storage),
        "ebs:gp3-storage",
      ),
    );
    const extraIops = Math.max(0, v.iops - baselineIops);
    if (extraIops > 0)
      items.push(
        lineItem(
          `gp3 IOPS above ${baselineIops} (${v.role} volumes)`,
          v.count * extraIops * months,
          "IOPS-months",
          gp3.iops.amount,
          priceSource(gp3.iops),
          "ebs:gp3-iops",
        ),
      );
    const extraTput = Math.max(0, v.throughputMiBps - baselineThroughputMiBps);
    if (extraTput > 0)
      items.push(
        lineItem(
          `gp3 throughput above ${baselineThroughputMiBps} MiB/s (${v.role} volumes)`,
          v.count * extraTput * months,
          "MiBps-months",
          gp3.throughput.amount,
          priceSource(gp3.throughput),
          "ebs:gp3-throughput",
        ),
      );
  }
  const xaz = CROSS_AZ_PER_GB_EACH_WAY[c.region];
  if (!xaz)
    throw new PriceUnavailableError("region", `no sourced cross-AZ data transfer price in ${c.region}`);
  // Each GB crossing is billed on the sending and the receiving side (`infracost-data-transfer`).
  items.push(
    lineItem(
      "Cross-AZ replication traffic (EC2↔EC2, billed each direction)",
      2 * bytesToBilledGB(c.crossAzReplicationBytes),
      "GB",
      xaz.amount,
      priceSource(xaz),
      "dataTransfer:crossAz",
    ),
  );
  items.push(
    lineItem(
      "Cross-AZ client traffic (producers and consumers, billed each direction)",
      2 * bytesToBilledGB(c.crossAzClientBytes),
      "GB",
      xaz.amount,
      priceSource(xaz),
      "dataTransfer:crossAz",
    ),
  );
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
