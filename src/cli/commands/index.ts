/**
 * Every command, declared in one place: name, description, flags and examples. Handlers live
 * in sibling modules and are imported lazily.
 */
import type { Argv } from "yargs";
import { CONFIG_FIELDS, flagOf } from "../../pricing/config-fields.js";
import { addAlternativeFlags, addWorkloadFlags } from "../plan-flags.js";

export function registerCommands(cli: Argv): void {
  void cli;
  registerPriceCommand(cli);
  registerDiffIacCommand(cli);
  // ── pricing: the catalog (regions, show: the pricing engineer's; refresh, diff: issue #7) ──
  cli.command(
    "pricing <command>",
    "Price catalog: show it, refresh it from AWS, compare it with the bundled snapshot",
    (y) =>
      registerPricingAwsCommands(registerPricingCatalogCommands(y)).demandCommand(
        1,
        "Name a pricing command: see the list above.",
      ),
  );
  registerAwsCommands(cli);
  registerPlanCommands(cli);
  registerSimulateCommands(cli);
  registerReportCommand(cli);
}

/** `plan` and `schema` (issue #4): size and rank every option for a workload; the workload JSON Schema. */
function registerPlanCommands(cli: Argv): void {
  cli.command(
    "plan [workload-file]",
    "Size and price every MSK option (standard, standard-tiered, express, serverless) for a workload, cheapest feasible first",
    (y) =>
      addAlternativeFlags(
        addWorkloadFlags(
          y.positional("workload-file", {
            type: "string",
            describe: "Workload file (YAML or JSON; fields = the flags in camelCase); flags override it",
          }),
        ),
      )
        .option("options", {
          type: "string",
          describe:
            "Options to size, comma-separated (default standard,standard-tiered,express,serverless; also self-managed, kinesis-provisioned, kinesis-on-demand, sqs-standard, sqs-fifo)",
        })
        .option("catalog", {
          type: "string",
          describe: "Price catalog file (YAML/JSON) instead of the bundled snapshot",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "Print { region, workload, demand, options, recommended } as JSON (numbers unrounded)",
        })
        .option("fail-if-infeasible", {
          type: "boolean",
          default: false,
          describe: "Exit 3 when no option is feasible (the plan is still printed), so CI can notice",
        })
        .option("baseline", {
          type: "string",
          describe: "A saved `plan --json`: print what changed from it (as `diff SAVED WORKLOAD` does)",
        })
        .option("markdown", {
          type: "boolean",
          default: false,
          describe: "With --baseline: print the diff as Markdown (for a pull-request comment)",
        })
        .example(
          "$0 plan fixtures/workloads/typical.yaml",
          "Every option for a typical workload, cheapest feasible first",
        )
        .example(
          "$0 plan fixtures/workloads/typical.yaml --retention 14d --baseline plan.json --markdown",
          "What a change costs against a saved `plan --json > plan.json`, as a PR comment",
        )
        .example(
          "$0 plan --ingress 20MiB/s --peak-ingress 60MiB/s --egress 40MiB/s --partitions 600 --retention 7d",
          "A single-stream workload from flags",
        )
        .example(
          "$0 plan fixtures/workloads/typical.yaml --retention 30d --local-retention 1d --options standard-tiered",
          "Override the file; one option",
        )
        .example(
          "$0 plan fixtures/workloads/heavy.yaml --sizing-model aws-script --json",
          "AWS msk_sizing.py factors, as JSON",
        )
        .example(
          "$0 plan fixtures/workloads/typical.yaml --compare alternatives",
          "MSK against self-managed Kafka on EC2, Kinesis and SQS",
        )
        .example(
          "$0 plan --ingress 5MB/s --message-size 2KiB --partitions 12 --options self-managed,kinesis-provisioned --ops-hours-per-month 20 --ops-hourly-rate 120",
          "Alternatives only, with operations labour",
        ),
    async (a) => (await import("./plan.js")).handler(a as never),
  );
  cli.command(
    "schema <kind>",
    "Print the JSON Schema of an input file, for editors",
    (y) =>
      y
        .positional("kind", { choices: ["workload"], describe: "Which file: workload" })
        .example("$0 schema workload > workload.schema.json", "The workload file's JSON Schema"),
    async (a) => (await import("./schema.js")).handler(a as never),
  );
}

/** `pricing refresh` and `pricing diff` (issue #7), declared inside the `pricing` command. */
function registerPricingAwsCommands(y: Argv): Argv {
  return y
    .command(
      "refresh",
      "Fetch live AmazonMSK prices (public offer files, or the Price List API) into the cache folder",
      (c) =>
        c
          .option("regions", {
            type: "string",
            default: "all",
            describe: 'Region codes, comma-separated, or "all"',
          })
          .option("source", {
            choices: ["offers", "api"],
            default: "offers",
            describe: "offers: public files, no credentials; api: GetProducts (credentials)",
          })
          .option("out", {
            type: "string",
            describe:
              "Write here instead of the cache ($MSK_PLANNER_CACHE_DIR or $XDG_CACHE_HOME/msk-planner/catalog.json)",
          })
          .option("offers-url", {
            type: "string",
            describe: "Replace the offer-file host https://pricing.us-east-1.amazonaws.com (tests, mirrors)",
          })
          .option("endpoint", { type: "string", describe: "Price List API endpoint URL (--source api)" })
          .option("timeout", {
            type: "string",
            default: "30s",
            describe: "Deadline for each request's whole response, headers and body (retried with back-off)",
          })
          .option("verbose", {
            type: "boolean",
            default: false,
            describe: "List every price list item that was not recognised",
          })
          .option("accept-partial", {
            type: "boolean",
            default: false,
            describe:
              "When some prices are invalid (not finite, negative), write the others and leave those dimensions out (default: fail, write nothing)",
          })
          .example(
            "$0 pricing refresh",
            "Every region from the public offer files (no AWS credentials needed)",
          )
          .example(
            "$0 pricing refresh --regions us-east-1,eu-west-1 --verbose",
            "Two regions; list unrecognised items",
          )
          .example(
            "$0 pricing refresh --source api --regions eu-west-1 --out prices.json",
            "Price List API (needs pricing:GetProducts)",
          )
          .example(
            "$0 pricing refresh --regions eu-west-1 --accept-partial",
            "Keep the valid prices even if some are invalid (listed; those dimensions stay missing)",
          ),
      async (a) => (await import("./pricing-refresh.js")).handler(a as never),
    )
    .command(
      "diff",
      "What a refreshed catalog changes against the bundled snapshot, per region and dimension",
      (c) =>
        c
          .option("catalog", {
            type: "string",
            describe: "Catalog file to compare (default: the refreshed catalog in the cache)",
          })
          .option("all", { type: "boolean", default: false, describe: "Show unchanged prices too" })
          .option("json", { type: "boolean", default: false, describe: "Print the diff as JSON" })
          .example("$0 pricing diff", "The cached refresh against the bundled snapshot")
          .example("$0 pricing diff --catalog prices.json --json", "A catalog file, as JSON"),
      async (a) => (await import("./pricing-diff.js")).handler(a as never),
    );
}

/** `import cloudwatch` and `rightsize` (issue #7): the commands that read a running cluster. */
function registerAwsCommands(cli: Argv): void {
  const clusterFlags = (c: Argv) =>
    c
      .option("cluster", {
        type: "string",
        demandOption: true,
        describe: 'MSK cluster name (the CloudWatch "Cluster Name" dimension)',
      })
      .option("region", { type: "string", demandOption: true, describe: "AWS region of the cluster" })
      .option("days", {
        type: "string",
        default: "14",
        describe: "Days of metrics, ending now (5-minute periods up to 63 days, hourly beyond)",
      })
      .option("endpoint", { type: "string", describe: "CloudWatch endpoint URL (tests: a loopback server)" })
      .option("storage-per-broker", {
        type: "string",
        describe:
          "Provisioned storage per broker (e.g. 1000GiB): turns KafkaDataLogsDiskUsed % into retention",
      })
      .option("peak", {
        choices: ["max", "p95"],
        default: "max",
        describe: "Statistic written as peakIngress/peakEgress",
      })
      .option("timeout", {
        type: "string",
        default: "30s",
        describe: "Deadline for each request's whole response, headers and body (retried with back-off)",
      });
  cli.command("import <source>", "Derive a workload from a running cluster (source: cloudwatch)", (y) =>
    y
      .command(
        "cloudwatch",
        "Read a cluster's AWS/Kafka CloudWatch metrics and write a commented workload file that `plan` accepts",
        (c) =>
          clusterFlags(c)
            .option("out", {
              type: "string",
              describe: "Write the workload YAML here (atomically) instead of stdout (- is stdout)",
            })
            .option("json", {
              type: "boolean",
              default: false,
              describe: "Print the derived values and their sources as JSON",
            })
            .example(
              "$0 import cloudwatch --cluster orders-prod --region eu-west-1 --out orders.yaml",
              "Last 14 days → workload file",
            )
            .example(
              "$0 import cloudwatch --cluster orders-prod --region eu-west-1 --days 30 --storage-per-broker 2TiB",
              "Also derive retention from disk used",
            )
            .example("$0 plan orders.yaml", "Then plan it"),
        async (a) => (await import("./import-cloudwatch.js")).handler(a as never),
      )
      .demandCommand(1, "Name a source: cloudwatch."),
  );
  cli.command(
    "rightsize",
    "Import a running cluster, plan its workload, and compare its current configuration with every option",
    (c) =>
      clusterFlags(c)
        .option("current", {
          type: "string",
          describe:
            "Current configuration file (as for `price`); default: inferred from the metrics' broker count",
        })
        .option("instance", {
          type: "string",
          describe: "Broker type of the running cluster when --current is not given (e.g. kafka.m5.large)",
        })
        .option("catalog", {
          type: "string",
          describe: "Price catalog file instead of the refreshed or bundled one",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "plan's JSON plus current and savingsUsd",
        })
        .example(
          "$0 rightsize --cluster orders-prod --region us-east-1 --current fixtures/clusters/standard.yaml",
          "Against a configuration file",
        )
        .example(
          "$0 rightsize --cluster orders-prod --region us-east-1 --instance kafka.m5.large --storage-per-broker 1000GiB --json",
          "Inferred current configuration, as JSON",
        ),
    async (a) => (await import("./rightsize.js")).handler(a as never),
  );
}

/** `price` (issue #3): the flags are the configuration fields, derived from their one table. */
function registerPriceCommand(cli: Argv): void {
  cli.command(
    "price [file]",
    "Price an explicit MSK configuration (Standard, Express or Serverless, with add-ons): line items and total",
    (y) => {
      y.positional("file", {
        type: "string",
        describe: "Configuration file (YAML or JSON, fields = the flags in camelCase); flags override it",
      })
        .option("region", { type: "string", describe: "AWS region (default us-east-1)" })
        .option("kind", {
          choices: ["standard", "express", "serverless"],
          describe: "Deployment kind; otherwise from the --instance prefix",
        })
        .option("hours", { type: "string", describe: "Billing period in hours (default 730 = one month)" })
        .option("days", { type: "string", describe: "Billing period in days (× 24 h)" })
        .conflicts("hours", "days");
      for (const [name, f] of Object.entries(CONFIG_FIELDS)) {
        if (name !== "region") y.option(flagOf(name).slice(2), { type: "string", describe: f.describe });
      }
      return y
        .option("catalog", {
          type: "string",
          describe: "Price catalog file (YAML/JSON) instead of the bundled snapshot",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "Print the result as JSON (numbers unrounded)",
        })
        .example(
          "$0 price fixtures/clusters/standard.yaml",
          "3 × kafka.m5.large with 1,000 GiB each, one month in us-east-1",
        )
        .example(
          "$0 price --instance kafka.m7g.large --brokers 6 --storage-per-broker 2TiB --tiered-stored 20TiB",
          "Standard with tiered storage, from flags",
        )
        .example(
          "$0 price --instance express.m7g.large --brokers 3 --data-written 30TiB --stored 5TiB --json",
          "Express, as JSON",
        )
        .example(
          "$0 price --kind serverless --partitions 100 --data-in 1000GiB --data-out 2000GiB --stored 500GiB --days 7",
          "Serverless for one week",
        )
        .example(
          "$0 price fixtures/clusters/standard.yaml --brokers 6 --connect-mcus 2 --region ap-southeast-1",
          "Override the file; add MSK Connect",
        )
        .option("iac", {
          type: "string",
          array: true,
          describe:
            "Price what infrastructure as code deploys: Terraform plan/state JSON, .tf files or folders, CloudFormation YAML/JSON (CDK synth output)",
        })
        .option("usage", {
          type: "string",
          describe:
            "With --iac: usage file (YAML/JSON) keyed by resource address: usage fields or a workload",
        })
        .option("usage-defaults", {
          type: "string",
          describe:
            "With --iac: usage file keyed by resource type, for resources the usage file does not name",
        })
        .option("markdown", {
          type: "boolean",
          default: false,
          describe: "With --iac: print Markdown fit for a pull-request comment",
        })
        .option("xlsx", {
          type: "string",
          describe:
            "With --iac: also write a workbook (resources, line items as live formulas, what is not priced)",
        })
        .option("recommend", {
          type: "boolean",
          default: false,
          describe:
            "With --iac and a workload per cluster in --usage: the cheapest feasible option beside the deployed one, the saving and the binding constraint",
        })
        .example("$0 price --iac plan.json", "Every MSK resource of a Terraform plan (terraform show -json)")
        .example(
          "$0 price --iac plan.json --usage usage.yaml --recommend",
          "What each cluster's workload would cost on the cheapest feasible option",
        )
        .example(
          "$0 price --iac fixtures/iac/hcl --usage usage.yaml --markdown",
          "A folder of .tf files, usage from a file, as a PR comment",
        )
        .example("$0 price --iac cdk.out --json", "CDK synth output, resources → line items as JSON");
    },
    async (a) =>
      (a as { iac?: unknown }).iac !== undefined
        ? (await import("./price-iac.js")).handler(a as never)
        : (await import("./price.js")).handler(a as never),
  );
}

/**
 * `diff BASE NEW`: what changed between two plans (issue #15: saved `plan --json` outputs or
 * workload files, per option and line item) or, with `--iac`, between two versions of
 * infrastructure as code (issue #17, per resource). One command, two comparisons.
 */
function registerDiffIacCommand(cli: Argv): void {
  cli.command(
    "diff <base> <new>",
    "What changed between two plans (saved `plan --json` or workload files), per option and line item; with --iac, between two versions of infrastructure as code",
    (y) =>
      addAlternativeFlags(
        y
          .positional("base", {
            type: "string",
            describe:
              "Before: a saved `plan --json` or a workload file (with --iac: a plan/state JSON, .tf file or folder, or template)",
          })
          .positional("new", { type: "string", describe: "After: the same kind of source" }),
      )
        .option("iac", {
          type: "boolean",
          default: false,
          describe:
            "Compare two IaC sources (Terraform plan/state JSON, .tf folders, CloudFormation templates) per resource",
        })
        .option("options", {
          type: "string",
          describe: "Options to size for a workload-file side, comma-separated (as for `plan`)",
        })
        .option("usage", { type: "string", describe: "Usage file keyed by resource address (both sides)" })
        .option("usage-defaults", {
          type: "string",
          describe: "Usage file keyed by resource type (both sides)",
        })
        .option("region", {
          type: "string",
          describe: "AWS region (default: the sources' own, else us-east-1)",
        })
        .option("hours", { type: "string", describe: "Billing period in hours (default 730 = one month)" })
        .option("days", { type: "string", describe: "Billing period in days (× 24 h)" })
        .conflicts("hours", "days")
        .option("catalog", {
          type: "string",
          describe: "Price catalog file (YAML/JSON) instead of the bundled snapshot",
        })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "Print the change as JSON (numbers unrounded)",
        })
        .option("markdown", {
          type: "boolean",
          default: false,
          describe: "Print Markdown fit for a pull-request comment",
        })
        .example(
          "$0 diff fixtures/workloads/small.yaml fixtures/workloads/typical.yaml",
          "Two workloads, planned now, compared option by option and line by line",
        )
        .example(
          "$0 plan fixtures/workloads/typical.yaml --json > before.json && $0 diff before.json after.json --markdown",
          "Two saved plans as a pull-request comment",
        )
        .example("$0 diff --iac base/plan.json plan.json", "What a Terraform plan changes, per resource")
        .example("$0 diff --iac infra-main/ infra/ --markdown", "Two folders of .tf files, as a PR comment")
        .example(
          "$0 diff --iac old.template.yaml new.template.yaml --json",
          "Two CloudFormation templates, as JSON",
        ),
    async (a) =>
      a.iac
        ? (await import("./diff-iac.js")).handler(a as never)
        : (await import("./diff.js")).handler(a as never),
  );
}

/** `pricing regions` and `pricing show` (issue #3): what the catalog holds; `pricing sources` (issue #11). */
function registerPricingCatalogCommands(y: Argv): Argv {
  return y
    .command(
      "sources",
      "The public sources every price, limit and billing rule cites: key, title, publisher, date read, URL",
      (c) =>
        c
          .option("json", {
            type: "boolean",
            default: false,
            describe: "Print as JSON: every source with what it supports, and what each price status means",
          })
          .example("$0 pricing sources", "The table of sources, with URLs")
          .example("$0 pricing sources --json", "The same with what each source supports, as JSON"),
      async (a) => (await import("./pricing-sources.js")).handler(a as never),
    )
    .command(
      "regions",
      "Regions the catalog holds, with how many prices, their newest date and sources",
      (c) =>
        c
          .option("catalog", { type: "string", describe: "Catalog file instead of the bundled snapshot" })
          .option("json", { type: "boolean", default: false, describe: "Print as JSON" })
          .example("$0 pricing regions", "Regions in the bundled snapshot")
          .example("$0 pricing regions --json", "The same, as JSON"),
      async (a) => (await import("./pricing.js")).regionsHandler(a as never),
    )
    .command(
      "show",
      "Every price the catalog holds for a region, with unit, source, date, status and flags",
      (c) =>
        c
          .option("region", { type: "string", default: "us-east-1", describe: "AWS region" })
          .option("catalog", { type: "string", describe: "Catalog file instead of the bundled snapshot" })
          .option("json", { type: "boolean", default: false, describe: "Print as JSON" })
          .example("$0 pricing show --region us-east-1", "Every us-east-1 price with its provenance")
          .example("$0 pricing show --region ap-southeast-1 --json", "As JSON"),
      async (a) => (await import("./pricing.js")).showHandler(a as never),
    );
}

/** `report` (issue #6): the plan as an Excel workbook with live formulas, Markdown, CSV and JSON. */
function registerReportCommand(cli: Argv): void {
  cli.command(
    "report [workload-file]",
    "Write the plan for finance: an Excel workbook whose costs are live formulas over an editable Assumptions sheet, and/or Markdown, CSV, JSON",
    (y) =>
      addAlternativeFlags(
        addWorkloadFlags(
          y.positional("workload-file", {
            type: "string",
            describe: "Workload file (YAML or JSON); flags override it",
          }),
        ),
      )
        .option("options", {
          type: "string",
          describe: "Options to size, comma-separated (default the four MSK options; any alternative id too)",
        })
        .option("catalog", {
          type: "string",
          describe: "Price catalog file (YAML/JSON) instead of the bundled snapshot",
        })
        .option("xlsx", {
          type: "string",
          describe:
            "Excel workbook to write (default reports/<workload file name>.xlsx when no other output is asked for)",
        })
        .option("md", {
          type: "string",
          describe: "Markdown report to write; - prints it on stdout (e.g. for a pull-request comment)",
        })
        .option("csv", { type: "string", describe: "Folder to write one CSV file per table into" })
        .option("json", {
          type: "boolean",
          default: false,
          describe: "Print the report as JSON on stdout (numbers unrounded, formulas as text)",
        })
        .option("months", {
          type: "string",
          describe: "Add a Projection sheet over N months (with --growth FIELD=RULE, repeatable)",
        })
        .option("growth", {
          type: "string",
          array: true,
          describe: "Growth rule for the projection, e.g. ingress=5%/month (as `project`)",
        })
        .option("samples", {
          type: "string",
          describe:
            "Add a Monte Carlo sheet of N samples over the workload's distributions (--seed, default 42)",
        })
        .option("seed", { type: "string", describe: "Seed for --samples (default 42)" })
        .option("sensitivity", {
          type: "string",
          describe: "Add a Sensitivity sheet: each input ± this fraction (e.g. 20%)",
        })
        .option("sweep", {
          type: "string",
          array: true,
          describe:
            "Add a Sweep sheet over FIELD=A..B:N[:log] or FIELD=v1,v2,… (repeatable, as `sweep --vary`)",
        })
        .example("$0 report fixtures/workloads/typical.yaml", "Write reports/typical.xlsx")
        .example(
          "$0 report fixtures/workloads/typical.yaml --xlsx plan.xlsx --md plan.md --csv plan-csv",
          "Workbook, Markdown and CSV together",
        )
        .example(
          "$0 report --ingress 20MiB/s --partitions 600 --retention 7d --xlsx small.xlsx",
          "A single-stream workload from flags",
        )
        .example(
          "$0 report fixtures/workloads/typical.yaml --md - > comment.md",
          "Markdown on stdout, e.g. for a pull-request comment",
        )
        .example(
          "$0 report fixtures/workloads/heavy.yaml --options express,serverless --json",
          "Two options, as JSON",
        )
        .example(
          "$0 report fixtures/workloads/typical.yaml --months 24 --growth ingress=5%/month --sensitivity 20% --sweep retention=1d..30d:8",
          "With Projection, Sensitivity and Sweep sheets",
        ),
    async (a) => (await import("./report.js")).handler(a as never),
  );
}

/** What-if and simulation (issue #5): whatif, sweep, project, simulate, sensitivity, breakeven. */
function registerSimulateCommands(cli: Argv): void {
  const common = (y: Argv) =>
    addWorkloadFlags(
      y.positional("workload-file", {
        type: "string",
        describe: "Workload file (YAML or JSON); flags override it",
      }),
    )
      .option("options", {
        type: "string",
        describe: "Options to size, comma-separated (default the four MSK options)",
      })
      .option("catalog", {
        type: "string",
        describe: "Price catalog file (YAML/JSON) instead of the bundled snapshot",
      })
      .option("json", { type: "boolean", default: false, describe: "Print JSON (numbers unrounded)" });
  cli.command(
    "whatif [workload-file]",
    "Baseline and changed plans side by side: the difference per option and per line item",
    (y) =>
      common(y)
        .option("set", {
          type: "string",
          array: true,
          describe:
            "FIELD=VALUE in human units (ingress=80MiB/s, streams.orders.retention=30d, azs=2); repeatable",
        })
        .example(
          "$0 whatif fixtures/workloads/typical.yaml --set ingress=80MiB/s --set retention=30d",
          "Every stream at 80 MiB/s with 30 days of retention",
        )
        .example(
          "$0 whatif fixtures/workloads/typical.yaml --set streams.orders.partitions=2000 --json",
          "One stream's partitions, as JSON",
        ),
    async (a) => (await import("./whatif.js")).handler(a as never),
  );
  cli.command(
    "sweep [workload-file]",
    "Plan every scenario of a grid of field values; stream NDJSON (--json) or CSV (--csv)",
    (y) =>
      common(y)
        .option("vary", {
          type: "string",
          array: true,
          describe:
            "FIELD=A..B:N[:log] (N points, A to B inclusive) or FIELD=v1,v2,…; repeatable (cartesian grid)",
        })
        .option("csv", {
          type: "boolean",
          default: false,
          describe:
            "Stream CSV: varied fields, recommended, one cost column per option (empty when infeasible)",
        })
        .option("workers", {
          type: "string",
          describe:
            "Threads computing (default 1): this one and N − 1 worker threads; output is identical for any count",
        })
        .example(
          "$0 sweep fixtures/workloads/small.yaml --vary peakIngress=3MiB/s..300MiB/s:12:log",
          "12 log-spaced peak rates",
        )
        .example(
          "$0 sweep --vary ingress=1MiB/s..100MiB/s:5 --partitions 300 --retention 3d",
          "From flags: the varied field needs no flag of its own",
        )
        .example(
          "$0 sweep fixtures/workloads/typical.yaml --vary streams.orders.peakIngress=60MiB/s..600MiB/s:100 --vary streams.clicks.retention=3d,7d,30d --csv > grid.csv",
          "A 300-scenario grid as CSV",
        )
        .example(
          "$0 sweep fixtures/workloads/small.yaml --vary peakIngress=3MiB/s..300MiB/s:1000 --vary partitions=30..3000:100 --csv --workers 2",
          "100,000 scenarios on two threads (this one and a worker)",
        ),
    async (a) => (await import("./sweep.js")).handler(a as never),
  );
  cli.command(
    "project [workload-file]",
    "Month-by-month configuration and cost per option as the workload grows; scaling events; storage never shrinks",
    (y) =>
      common(y)
        .option("months", {
          type: "string",
          default: "12",
          describe: "Months to project (month 1 = the workload as written)",
        })
        .option("growth", {
          type: "string",
          array: true,
          describe:
            "FIELD=8%/month (compound), linear:8%/month, +5MiB/s/month, or 6:80MiB/s,12:120MiB/s (steps); repeatable",
        })
        .option("csv", {
          type: "boolean",
          default: false,
          describe: "Monthly and cumulative cost per option as CSV",
        })
        .example(
          "$0 project fixtures/workloads/typical.yaml --months 36 --growth ingress=8%/month",
          "Three years at 8% compound monthly growth",
        )
        .example(
          "$0 project fixtures/workloads/small.yaml --months 24 --growth ingress=+2MiB/s/month --growth partitions=linear:5%/month --json",
          "Linear growth, as JSON",
        )
        .example(
          "$0 project fixtures/workloads/typical.yaml --months 18 --growth streams.orders.ingress=6:60MiB/s,12:120MiB/s",
          "Step changes at months 6 and 12",
        ),
    async (a) => (await import("./project.js")).handler(a as never),
  );
  cli.command(
    "simulate [workload-file]",
    "Monte Carlo over the workload's distributions: cost percentiles, P(cheapest), P(infeasible) per option",
    (y) =>
      common(y)
        .option("samples", { type: "string", default: "10000", describe: "Samples to draw" })
        .option("seed", {
          type: "string",
          default: "42",
          describe: "Seed: the same inputs and seed give byte-identical output",
        })
        .option("workers", {
          type: "string",
          describe:
            "Threads computing (default 1): this one and N − 1 worker threads; results are identical for any count",
        })
        .example(
          "$0 simulate workload.yaml --samples 100000 --seed 42 --json",
          "Fields written as { dist: lognormal, p50: 20 MiB/s, p95: 60 MiB/s } are sampled",
        )
        .example(
          "$0 simulate workload.yaml --samples 200000 --workers 2",
          "On two threads (this one and a worker)",
        ),
    async (a) => (await import("./simulate.js")).handler(a as never),
  );
  cli.command(
    "sensitivity [workload-file]",
    "Tornado: how much each input, moved down and up by --delta, moves each option's cost; largest first",
    (y) =>
      common(y)
        .option("delta", {
          type: "string",
          default: "20%",
          describe: "Relative move of each input, down and up",
        })
        .option("top", {
          type: "string",
          describe: "Inputs shown per option in the table (default 8; --json has all)",
        })
        .example("$0 sensitivity fixtures/workloads/typical.yaml", "Each input ±20%")
        .example(
          "$0 sensitivity fixtures/workloads/typical.yaml --delta 50% --options standard,serverless --json",
          "±50%, two options, as JSON",
        ),
    async (a) => (await import("./sensitivity.js")).handler(a as never),
  );
  cli.command(
    "breakeven [workload-file]",
    "Every value of a field where two options' monthly costs cross (steps included), found by scan and bisection",
    (y) =>
      common(y)
        .option("vary", {
          type: "string",
          describe: "Field path: ingress, streams.orders.retention, partitions …",
        })
        .option("between", { type: "string", describe: "Two options, e.g. serverless,standard" })
        .option("range", {
          type: "string",
          describe: "LO..HI in the field's units (default: the workload's value ÷10 to ×10)",
        })
        .option("points", { type: "string", describe: "Scan points before bisection (default 2000)" })
        .example(
          "$0 breakeven fixtures/workloads/small.yaml --vary ingress --between serverless,standard",
          "Where Serverless stops being cheaper than Standard",
        )
        .example(
          "$0 breakeven fixtures/workloads/small.yaml --vary ingress --between serverless,express --range 1MiB/s..100MiB/s --json",
          "A given range, as JSON",
        ),
    async (a) => (await import("./breakeven.js")).handler(a as never),
  );
}
