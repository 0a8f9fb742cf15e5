/**
 * Raw resources (an address, a type and attribute values, from any reader) into typed
 * {@link IacResource}s. One table names, per resource type, where each value lives in Terraform
 * (snake_case blocks) and in CloudFormation (PascalCase properties), so every format is mapped by
 * the same code. Pure. Attribute names follow the AWS provider and CloudFormation references:
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster and
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-msk-cluster.html
 */
import { InputError } from "../model/errors.js";
import type { IacResource, PricedKind, UnresolvedValue } from "./types.js";
import { describeValue, type PathStep, Ref, Unresolved, type Value, valueAt } from "./value.js";

export type Dialect = "terraform" | "cloudformation";

/** One resource as a reader found it. */
export interface RawResource {
  address: string;
  type: string;
  file: string;
  attributes: Value;
}

/** Resource types that cost nothing by themselves, with the reason shown to users. */
const FREE: Readonly<Record<string, string>> = {
  aws_msk_configuration: "an MSK configuration: no charge",
  "AWS::MSK::Configuration": "an MSK configuration: no charge",
  aws_msk_scram_secret_association:
    "a SCRAM secret association: no charge (Secrets Manager bills the secret)",
  aws_msk_single_scram_secret_association:
    "a SCRAM secret association: no charge (Secrets Manager bills the secret)",
  "AWS::MSK::BatchScramSecret": "a SCRAM secret association: no charge (Secrets Manager bills the secret)",
  aws_msk_cluster_policy: "a cluster policy: no charge",
  "AWS::MSK::ClusterPolicy": "a cluster policy: no charge",
  aws_appautoscaling_policy: "a scaling policy: Application Auto Scaling has no charge of its own",
  "AWS::ApplicationAutoScaling::ScalingPolicy":
    "a scaling policy: Application Auto Scaling has no charge of its own",
  aws_mskconnect_custom_plugin: "an MSK Connect plugin: no charge (MSK Connect bills MCU-hours)",
  "AWS::KafkaConnect::CustomPlugin": "an MSK Connect plugin: no charge (MSK Connect bills MCU-hours)",
  aws_mskconnect_worker_configuration: "an MSK Connect worker configuration: no charge",
  "AWS::KafkaConnect::WorkerConfiguration": "an MSK Connect worker configuration: no charge",
};

const KIND_OF_TYPE: Readonly<Record<string, PricedKind>> = {
  aws_msk_cluster: "msk-cluster",
  "AWS::MSK::Cluster": "msk-cluster",
  aws_msk_serverless_cluster: "msk-serverless",
  "AWS::MSK::ServerlessCluster": "msk-serverless",
  aws_mskconnect_connector: "connector",
  "AWS::KafkaConnect::Connector": "connector",
  aws_msk_replicator: "replicator",
  "AWS::MSK::Replicator": "replicator",
  aws_msk_vpc_connection: "vpc-connection",
  "AWS::MSK::VpcConnection": "vpc-connection",
  aws_appautoscaling_target: "storage-autoscaling",
  "AWS::ApplicationAutoScaling::ScalableTarget": "storage-autoscaling",
};

/** Where a value lives: Terraform path(s) and CloudFormation path(s); the first present wins. */
interface Where {
  terraform: readonly (readonly PathStep[])[];
  cloudformation: readonly (readonly PathStep[])[];
}
const at = (terraform: string[], cloudformation: string[], ...alsoTerraform: string[]): Where => ({
  terraform: [terraform, ...alsoTerraform.map((p) => p.split("."))],
  cloudformation: [cloudformation],
});

/** Every attribute read, declared once. */
export const ATTRIBUTES = {
  instanceType: at(["broker_node_group_info", "instance_type"], ["BrokerNodeGroupInfo", "InstanceType"]),
  brokers: at(["number_of_broker_nodes"], ["NumberOfBrokerNodes"]),
  volumeSize: at(
    ["broker_node_group_info", "storage_info", "ebs_storage_info", "volume_size"],
    ["BrokerNodeGroupInfo", "StorageInfo", "EBSStorageInfo", "VolumeSize"],
    "broker_node_group_info.ebs_volume_size",
  ),
  throughputEnabled: at(
    ["broker_node_group_info", "storage_info", "ebs_storage_info", "provisioned_throughput", "enabled"],
    ["BrokerNodeGroupInfo", "StorageInfo", "EBSStorageInfo", "ProvisionedThroughput", "Enabled"],
  ),
  throughput: at(
    [
      "broker_node_group_info",
      "storage_info",
      "ebs_storage_info",
      "provisioned_throughput",
      "volume_throughput",
    ],
    ["BrokerNodeGroupInfo", "StorageInfo", "EBSStorageInfo", "ProvisionedThroughput", "VolumeThroughput"],
  ),
  storageMode: at(["storage_mode"], ["StorageMode"]),
  arn: at(["arn"], ["Arn"]),
  provisionedMcu: at(
    ["capacity", "provisioned_capacity", "mcu_count"],
    ["Capacity", "ProvisionedCapacity", "McuCount"],
  ),
  provisionedWorkers: at(
    ["capacity", "provisioned_capacity", "worker_count"],
    ["Capacity", "ProvisionedCapacity", "WorkerCount"],
  ),
  autoscalingMcu: at(["capacity", "autoscaling", "mcu_count"], ["Capacity", "AutoScaling", "McuCount"]),
  minWorkers: at(
    ["capacity", "autoscaling", "min_worker_count"],
    ["Capacity", "AutoScaling", "MinWorkerCount"],
  ),
  maxWorkers: at(
    ["capacity", "autoscaling", "max_worker_count"],
    ["Capacity", "AutoScaling", "MaxWorkerCount"],
  ),
  authentication: at(["authentication"], ["Authentication"]),
  serviceNamespace: at(["service_namespace"], ["ServiceNamespace"]),
  scalableDimension: at(["scalable_dimension"], ["ScalableDimension"]),
  resourceId: at(["resource_id"], ["ResourceId"]),
  minCapacity: at(["min_capacity"], ["MinCapacity"]),
  maxCapacity: at(["max_capacity"], ["MaxCapacity"]),
} as const satisfies Record<string, Where>;
type Attribute = keyof typeof ATTRIBUTES;

/** The `price` field each attribute becomes, so a calculator's error names the attribute as written. */
const FIELD_ATTRIBUTE: Readonly<Record<string, Attribute>> = {
  instance: "instanceType",
  brokers: "brokers",
  storagePerBroker: "volumeSize",
  throughputPerBroker: "throughput",
};

/** `storagePerBroker` → `broker_node_group_info.storage_info.ebs_storage_info.volume_size` (or the CloudFormation path). */
export function attributeOfField(field: string, type: string): string | undefined {
  const a = FIELD_ATTRIBUTE[field];
  if (a === undefined) return undefined;
  const dialect: Dialect = type.startsWith("AWS::") ? "cloudformation" : "terraform";
  return (ATTRIBUTES[a][dialect][0] as readonly PathStep[]).join(".");
}

/** The scalable dimension of MSK broker storage (Application Auto Scaling). */
const BROKER_STORAGE_DIMENSION = "kafka:broker-storage:VolumeSize";

/** Reads one raw resource's attributes, collecting unresolved values and naming errors. */
class AttributeReader {
  readonly unresolved: UnresolvedValue[] = [];
  /** Required values that were unresolved: the resource cannot be priced. */
  readonly blocking: UnresolvedValue[] = [];
  constructor(
    private readonly raw: RawResource,
    private readonly dialect: Dialect,
  ) {}

  name(a: Attribute): string {
    return (ATTRIBUTES[a][this.dialect][0] as readonly PathStep[]).join(".");
  }

  fail(message: string): never {
    throw new InputError(`${this.raw.file}: ${this.raw.address}`, message, "invalid_input");
  }

  private find(a: Attribute): { v: Value | undefined; name: string } {
    for (const p of ATTRIBUTES[a][this.dialect]) {
      const v = valueAt(this.raw.attributes, p);
      if (v !== undefined && v !== null) return { v, name: p.join(".") };
    }
    return { v: undefined, name: this.name(a) };
  }

  /** The raw value (a Ref stays a Ref); an Unresolved is recorded and returned as undefined. */
  raw_(a: Attribute, required: boolean): Value | undefined {
    const { v, name } = this.find(a);
    if (v instanceof Unresolved) {
      const u = { address: this.raw.address, attribute: name, expression: v.expression, reason: v.reason };
      this.unresolved.push(u);
      if (required) this.blocking.push(u);
      return undefined;
    }
    return v;
  }

  str(a: Attribute, expected: string, required: true): string;
  str(a: Attribute, expected: string, required: boolean): string | undefined;
  str(a: Attribute, expected: string, required: boolean): string | undefined {
    const v = this.raw_(a, required);
    if (v === undefined) return this.absent(a, expected, required);
    if (typeof v !== "string") this.fail(`${this.name(a)}: expected ${expected}, got ${describeValue(v)}`);
    return v;
  }

  num(a: Attribute, expected: string, required: true, whole?: boolean): number;
  num(a: Attribute, expected: string, required: boolean, whole?: boolean): number | undefined;
  num(a: Attribute, expected: string, required: boolean, whole = true): number | undefined {
    const v = this.raw_(a, required);
    if (v === undefined) return this.absent(a, expected, required);
    // CloudFormation writes numbers as strings as often as not ("3"); so may HCL.
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || (whole && !Number.isInteger(n)))
      this.fail(`${this.name(a)}: expected ${expected}, got ${describeValue(v)}`);
    return n;
  }

  bool(a: Attribute): boolean | undefined {
    const v = this.raw_(a, false);
    if (v === undefined) return undefined;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "false") return v === "true";
    this.fail(`${this.name(a)}: expected true or false, got ${describeValue(v)}`);
  }

  /** A required value that is absent (not merely unresolved) is an error. */
  private absent(a: Attribute, expected: string, required: boolean): undefined {
    if (required && !this.has(a)) this.fail(`missing ${this.name(a)} (expected ${expected})`);
    return undefined;
  }

  /** Whether the attribute is written at all (resolved or not). */
  has(a: Attribute): boolean {
    return this.find(a).v !== undefined;
  }
}

export interface ClassifyResult {
  resource: IacResource;
  unresolved: UnresolvedValue[];
}

/**
 * Type a raw resource. Throws InputError naming the file and the address for a required value
 * that is absent or of the wrong type; a required value that is present but unresolved makes an
 * "unresolved" resource (listed, not priced), never an error.
 */
export function classifyResource(raw: RawResource, dialect: Dialect): ClassifyResult {
  const base = { address: raw.address, type: raw.type, file: raw.file };
  const free = FREE[raw.type];
  if (free !== undefined) return { resource: { ...base, kind: "free", why: free }, unresolved: [] };
  const kind = KIND_OF_TYPE[raw.type];
  if (kind === undefined) return { resource: { ...base, kind: "unknown" }, unresolved: [] };
  const r = new AttributeReader(raw, dialect);
  const resource = typed(kind, base, r);
  if (r.blocking.length > 0 && resource.kind !== "unknown")
    return {
      resource: { ...base, kind: "unresolved", resourceKind: kind, missing: r.blocking },
      unresolved: r.unresolved,
    };
  return { resource, unresolved: r.unresolved };
}

/**
 * A resource whose instance count (`count`, `for_each`) could not be resolved: a priced kind
 * becomes "unresolved" (its cost is unknown); other kinds are classified as usual.
 */
export function uncountedResource(
  raw: RawResource,
  dialect: Dialect,
  missing: UnresolvedValue,
): ClassifyResult {
  const kind = KIND_OF_TYPE[raw.type];
  if (kind === undefined || FREE[raw.type] !== undefined) {
    const c = classifyResource(raw, dialect);
    return { resource: c.resource, unresolved: [...c.unresolved, missing] };
  }
  const base = { address: raw.address, type: raw.type, file: raw.file };
  return {
    resource: { ...base, kind: "unresolved", resourceKind: kind, missing: [missing] },
    unresolved: [missing],
  };
}

const COUNT = "a whole number";

function typed(
  kind: PricedKind,
  base: { address: string; type: string; file: string },
  r: AttributeReader,
): IacResource {
  switch (kind) {
    case "msk-cluster": {
      const instanceType = r.str("instanceType", "a broker instance type such as kafka.m5.large", true);
      const brokers = r.num("brokers", "a whole number of brokers", true);
      const express = typeof instanceType === "string" && instanceType.startsWith("express.");
      const volumeSizeGiB = r.num("volumeSize", "an EBS volume size in GiB", !express);
      const throughputOn = r.bool("throughputEnabled") === true;
      const throughput = throughputOn ? r.num("throughput", "a throughput in MiB/s", true) : undefined;
      const mode = r.str("storageMode", "LOCAL or TIERED", false);
      const arn = r.raw_("arn", false);
      return {
        ...base,
        kind,
        instanceType,
        brokers,
        ...(volumeSizeGiB !== undefined && !express ? { volumeSizeGiB } : {}),
        ...(throughput !== undefined ? { provisionedThroughputMiBps: throughput } : {}),
        tiered: mode?.toUpperCase() === "TIERED",
        ...(typeof arn === "string" ? { arn } : {}),
      };
    }
    case "msk-serverless":
      return { ...base, kind };
    case "connector": {
      const mcu = "MCUs per worker (1, 2, 4 or 8)";
      if (r.has("provisionedMcu"))
        return {
          ...base,
          kind,
          mcuPerWorker: r.num("provisionedMcu", mcu, true),
          workers: { fixed: r.num("provisionedWorkers", "a whole number of workers", true) },
        };
      if (!r.has("autoscalingMcu"))
        r.fail(
          `missing ${r.name("provisionedMcu")} or ${r.name("autoscalingMcu")} (expected the connector's capacity)`,
        );
      return {
        ...base,
        kind,
        mcuPerWorker: r.num("autoscalingMcu", mcu, true),
        workers: {
          min: r.num("minWorkers", "a whole number of workers", true),
          max: r.num("maxWorkers", "a whole number of workers", true),
        },
      };
    }
    case "replicator":
      return { ...base, kind };
    case "vpc-connection":
      return {
        ...base,
        kind,
        authentication: r.str(
          "authentication",
          "an authentication scheme (SASL_IAM, SASL_SCRAM or TLS)",
          true,
        ),
      };
    case "storage-autoscaling": {
      const ns = r.str("serviceNamespace", "a service namespace such as kafka", false);
      const dim = r.str("scalableDimension", BROKER_STORAGE_DIMENSION, false);
      if (ns !== "kafka" || dim !== BROKER_STORAGE_DIMENSION) return { ...base, kind: "unknown" };
      const id = r.raw_("resourceId", false);
      return {
        ...base,
        kind,
        target:
          id instanceof Ref ? { address: id.address } : typeof id === "string" ? { arn: id } : undefined,
        minCapacityGiB: r.num("minCapacity", `${COUNT} of GiB per broker`, true),
        maxCapacityGiB: r.num("maxCapacity", `${COUNT} of GiB per broker`, true),
      };
    }
  }
}
