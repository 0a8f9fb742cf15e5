/**
 * The format-independent resource list every IaC reader produces (Terraform plan, state and HCL,
 * CloudFormation YAML and JSON, CDK synth output). Readers know formats; the mapper
 * (map-config.ts) and the pricer (price-iac.ts) only see these types.
 */

/** A value in the source that could not be resolved, named by resource and attribute. */
export interface UnresolvedValue {
  address: string;
  attribute: string;
  expression: string;
  reason: string;
}

interface ResourceBase {
  /** Terraform address (`module.kafka.aws_msk_cluster.main`) or CloudFormation logical id. */
  address: string;
  /** The type as written: `aws_msk_cluster`, `AWS::MSK::Cluster`. */
  type: string;
  /** The file it was read from. */
  file: string;
}

/** A provisioned MSK cluster (Standard or Express brokers, by the instance type's prefix). */
export interface MskClusterResource extends ResourceBase {
  kind: "msk-cluster";
  instanceType: string;
  brokers: number;
  /** EBS volume per broker, GiB (Standard; Express brokers have no EBS volume). */
  volumeSizeGiB?: number;
  /** Provisioned storage throughput per broker, MiB/s, when enabled. */
  provisionedThroughputMiBps?: number;
  /** `storage_mode = "TIERED"` / `StorageMode: TIERED`. */
  tiered: boolean;
  /** The cluster's ARN when the source states it (state files), to link autoscaling targets. */
  arn?: string;
}

export interface MskServerlessResource extends ResourceBase {
  kind: "msk-serverless";
}

/** MSK Connect: provisioned workers, or autoscaling between a minimum and a maximum. */
export interface ConnectorResource extends ResourceBase {
  kind: "connector";
  mcuPerWorker: number;
  workers: { fixed: number } | { min: number; max: number };
}

export interface ReplicatorResource extends ResourceBase {
  kind: "replicator";
}

/** A multi-VPC private connection: one authentication scheme. */
export interface VpcConnectionResource extends ResourceBase {
  kind: "vpc-connection";
  authentication: string;
}

/** Application Auto Scaling of a cluster's broker storage (GiB per broker). */
export interface StorageAutoscalingResource extends ResourceBase {
  kind: "storage-autoscaling";
  /** Address of the scaled cluster, or its ARN when only that is known; undefined if unknown. */
  target: { address: string } | { arn: string } | undefined;
  minCapacityGiB: number;
  maxCapacityGiB: number;
}

/** A resource that costs nothing by itself (configurations, SCRAM associations, policies). */
export interface FreeResource extends ResourceBase {
  kind: "free";
  why: string;
}

/** A resource msk-planner does not price: listed, never dropped. */
export interface UnknownResource extends ResourceBase {
  kind: "unknown";
}

/** A recognised resource whose required value could not be resolved: listed, not priced. */
export interface UnresolvedResource extends ResourceBase {
  kind: "unresolved";
  /** What it would have been: "msk-cluster", "connector", … */
  resourceKind: PricedKind;
  missing: UnresolvedValue[];
}

export type PricedKind =
  | "msk-cluster"
  | "msk-serverless"
  | "connector"
  | "replicator"
  | "vpc-connection"
  | "storage-autoscaling";

/**
 * An MSK-related resource read from IaC (cluster, serverless cluster, connector, replicator, VPC
 * connection …), narrowed on `kind`.
 */
export type IacResource =
  | MskClusterResource
  | MskServerlessResource
  | ConnectorResource
  | ReplicatorResource
  | VpcConnectionResource
  | StorageAutoscalingResource
  | FreeResource
  | UnknownResource
  | UnresolvedResource;

/**
 * The infrastructure-as-code formats read: Terraform plan or state JSON, Terraform HCL,
 * CloudFormation YAML or JSON.
 */
export type IacFormat =
  | "terraform-plan"
  | "terraform-state"
  | "terraform-hcl"
  | "cloudformation-yaml"
  | "cloudformation-json";

/** What one source (a file, or a folder of .tf files) holds. */
export interface IacDocument {
  /** The path as given. */
  file: string;
  format: IacFormat;
  /** The region the source states (provider block, ARN), if any. */
  region?: string;
  resources: IacResource[];
  /** Every value that could not be resolved (including ones pricing does not need). */
  unresolved: UnresolvedValue[];
}
