// The same MSK estate written by hand in five formats (fixtures/iac/) prices identically, and
// each priced resource matches arithmetic written out here (bundled catalog, us-east-1, 730 h).
import { describe, expect, it } from "vitest";
import { loadIac } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const SOURCES = {
  "terraform plan JSON": "fixtures/iac/plan.json",
  "terraform state JSON": "fixtures/iac/state.json",
  "terraform HCL folder": "fixtures/iac/hcl",
  "CloudFormation YAML": "fixtures/iac/template.yaml",
  "CloudFormation JSON": "fixtures/iac/template.json",
} as const;

// Hand arithmetic (us-east-1 prices of the bundled catalog; a month is 730 h; billed GB = GiB):
const STANDARD_BROKERS = 3 * 730 * 1.68; //  kafka.m5.4xlarge broker-hours        = 3,679.20
const STANDARD_STORAGE = 3 * 1000 * 0.1; //  3 brokers × 1,000 GB-months × $0.10  =   300.00
const STANDARD_PST = 3 * 500 * 0.08; //      3 × 500 MiB/s-months × $0.08          =   120.00
const EXPRESS_BROKERS = 3 * 730 * 0.408; //  express.m7g.large broker-hours        =   893.52
const SERVERLESS_CLUSTER = 730 * 0.75; //    one cluster-hour per hour             =   547.50
const CONNECT = 2 * 1 * 730 * 0.11; //       2 workers × 1 MCU × 730 h × $0.11     =   160.60
const REPLICATOR = 730 * 0.3; //             one replicator-hour per hour          =   219.00
const PRIVATE = 730 * 0.0225; //             one SASL_IAM scheme-hour per hour     =    16.425
const TOTAL =
  STANDARD_BROKERS +
  STANDARD_STORAGE +
  STANDARD_PST +
  EXPRESS_BROKERS +
  SERVERLESS_CLUSTER +
  CONNECT +
  REPLICATOR +
  PRIVATE;
// Storage autoscaling up to 4,000 GiB per broker: 3 × 4,000 × $0.10 = $1,200 of storage instead of $300.
const STANDARD_AT_MAX = STANDARD_BROKERS + 3 * 4000 * 0.1 + STANDARD_PST;

const catalog = bundledCatalog();

describe("price --iac: five formats, one estate", () => {
  for (const [name, path] of Object.entries(SOURCES)) {
    it(`${name}: total ${TOTAL.toFixed(3)} = the hand sum, partial (usage lines not priced)`, async () => {
      const r = priceIac(await loadIac([path]), catalog);
      expect(TOTAL).toBeCloseTo(5936.245, 6);
      expect(r.totalUsd).toBeCloseTo(TOTAL, 6);
      expect(r.priced).toBe("partial");
      expect(r.region).toBe("us-east-1");
      const byKind = (kind: string) => r.resources.filter((x) => x.kind === kind);
      const [standard, express] = [...byKind("msk-cluster")].sort((a, b) => b.totalUsd - a.totalUsd);
      expect(standard?.totalUsd).toBeCloseTo(STANDARD_BROKERS + STANDARD_STORAGE + STANDARD_PST, 6);
      expect(standard?.missingPrices.map((m) => m.dimension)).toEqual(["crossAz"]);
      expect(standard?.storageAutoscaling?.perBrokerGiB).toEqual({
        minimum: 1000,
        configured: 1000,
        maximum: 4000,
      });
      expect(standard?.storageAutoscaling?.totalUsd.maximum).toBeCloseTo(STANDARD_AT_MAX, 6);
      expect(express?.totalUsd).toBeCloseTo(EXPRESS_BROKERS, 6);
      expect(express?.missingPrices.map((m) => m.dimension)).toEqual([
        "expressDataWritten",
        "expressStorage",
        "crossAz",
      ]);
      expect(byKind("msk-serverless")[0]?.totalUsd).toBeCloseTo(SERVERLESS_CLUSTER, 6);
      expect(byKind("connector")[0]?.totalUsd).toBeCloseTo(CONNECT, 6);
      expect(byKind("replicator")[0]?.totalUsd).toBeCloseTo(REPLICATOR, 6);
      expect(byKind("vpc-connection")[0]?.totalUsd).toBeCloseTo(PRIVATE, 6);
      // Configuration, SCRAM association, scaling policy and the autoscaling target: free; the bucket: listed, not priced.
      expect(byKind("free")).toHaveLength(3);
      expect(byKind("storage-autoscaling")).toHaveLength(1);
      expect(byKind("unknown").map((x) => x.type)).toEqual([
        path.includes("template") ? "AWS::S3::Bucket" : "aws_s3_bucket",
      ]);
      expect(r.resources).toHaveLength(11);
      // No usage: no $0 line anywhere; the usage-based dimensions are listed as missing.
      for (const x of r.resources) for (const l of x.lineItems) expect(l.costUsd).toBeGreaterThan(0);
    });
  }

  it("HCL and CloudFormation name the values they could not resolve", async () => {
    const [hcl] = await loadIac([SOURCES["terraform HCL folder"]]);
    expect(hcl?.unresolved).toEqual([
      expect.objectContaining({
        address: "aws_msk_cluster.standard",
        attribute: "cluster_name",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation, not a JS template
        expression: "${var.env}-standard",
      }),
    ]);
    expect(hcl?.unresolved[0]?.reason).toMatch(/variable env has no default/);
    const [yaml] = await loadIac([SOURCES["CloudFormation YAML"]]);
    expect(yaml?.unresolved.map((u) => `${u.address} ${u.attribute}`)).toEqual([
      "Dr ServiceExecutionRoleArn",
      "StandardCluster ClusterName",
    ]);
    expect(yaml?.unresolved[1]?.reason).toMatch(/parameter EnvName has no Default/);
  });
});
