// The report's CSV, Markdown and JSON renderers at library level (the CLI tests cannot see a
// mutant): the files written, their rows with hand-worked numbers, and the Markdown tables' shape.
// Fixture (test/report/fixture.ts): Standard 3 × kafka.m5.large at $0.21/h, 1,000 GiB each at
// $0.10/GB-month; Serverless one cluster at $0.75/h; 730 hours.
import { describe, expect, it } from "vitest";
import { planJson, withCitations } from "../../src/report/citations.js";
import { csvField, reportCsv, tableCsv } from "../../src/report/csv.js";
import { reportJson } from "../../src/report/json.js";
import { cell, MD_MAX_ROWS, reportMarkdown } from "../../src/report/markdown.js";
import { buildReportModel, type ReportModel, type ReportTable } from "../../src/report/model.js";
import { reportTables, slug } from "../../src/report/tables.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const plan = planFor(workload());
const m = buildReportModel(plan, { ...REPORT_OPTS, live: false });
// Every rendering happens inside a test, never at module or describe level: mutation testing
// switches a mutant on per test, after the test file has been loaded.
const lines = (file: string) => (reportCsv(m).get(file) as string).split("\r\n");

/** A model with option `id` changed (priced status, missing prices …). */
function withOption(id: string, change: Partial<ReportModel["options"][number]>): ReportModel {
  return { ...m, options: m.options.map((o) => (o.id === id ? { ...o, ...change } : o)) };
}

const sweep = (rows: number): ReportTable => ({
  name: "Sweep: ingress × partitions",
  title: "Sweep of ingress",
  columns: [
    { header: "ingress_MiBps", format: "number" },
    { header: "monthly_usd", format: "usd" },
    { header: "share", format: "fraction" },
    { header: "option", format: "text" },
  ],
  rows: Array.from({ length: rows }, (_, i) => [i + 1, 1234.5 * (i + 1), 0.25, i === 0 ? "=cmd" : null]),
});

describe("CSV", () => {
  it("one file per table: summary, assumptions, each feasible priced option in plan order, then the further tables", () => {
    const csv = reportCsv(m);
    expect([...csv.keys()]).toEqual([
      "summary.csv",
      "assumptions.csv",
      "option-standard-tiered.csv",
      "option-express.csv",
      "option-standard.csv",
      "option-serverless.csv",
    ]);
    // An option with no price at all has no line-item file; a further table is named by its slug.
    const files = reportCsv({ ...withOption("express", { priced: "none" }), tables: [sweep(1)] });
    expect([...files.keys()]).toEqual([
      "summary.csv",
      "assumptions.csv",
      "option-standard-tiered.csv",
      "option-standard.csv",
      "option-serverless.csv",
      "sweep-ingress-partitions.csv",
    ]);
    expect(files.get("sweep-ingress-partitions.csv")).toBe(
      "ingress_MiBps,monthly_usd,share,option\r\n1,1234.5,0.25,'=cmd\r\n",
    );
  });

  it("summary: unrounded totals, annual = 12 × monthly, the infeasible option's reasons", () => {
    const s = lines("summary.csv");
    expect(s[0]).toBe("option,feasible,monthly_usd,annual_usd,priced,not_priced,binding,notes");
    const std = plan.options.find((o) => o.option === "standard")?.monthlyUsd as number;
    // 459.90 broker-hours + 300.00 storage + cross-AZ.
    expect(s).toContain(`standard,yes,${std},${std * 12},complete,,storage,infrastructure only`);
    expect(s).toContain("self-managed,no,,,,,,Infeasible: -no EC2 price for ap-test-1 (stand-in reason)");
    expect(s.at(-1)).toBe("");
    // Several notes or reasons are joined by "; ".
    const two = reportCsv(withOption("self-managed", { reasons: ["r1", "r2"] })).get("summary.csv") as string;
    expect(two).toContain("self-managed,no,,,,,,Infeasible: r1; r2\r\n");
    const notes = reportCsv(withOption("standard", { notes: ["n1", "n2"] })).get("summary.csv") as string;
    expect(notes).toMatch(/\r\nstandard,yes,[0-9.]+,[0-9.]+,complete,,storage,n1; n2\r\n/);
    // A partly priced option lists what is missing, joined by "; ".
    const partial = reportCsv(
      withOption("express", {
        priced: "partial",
        missingPrices: [
          { name: "a", dimension: "a", reason: "x" },
          { name: "b", dimension: "b", reason: "y" },
        ] as never,
      }),
    );
    expect(partial.get("summary.csv")).toMatch(
      /\r\nexpress,yes,[0-9.]+,[0-9.]+,partial,a; b,ingress throughput,infrastructure only\r\n/,
    );
  });

  it("assumptions: an input without a name or URL leaves the cell empty; a formula-like text is neutralised", () => {
    const a = lines("assumptions.csv");
    expect(a[0]).toBe("section,name,input,value,unit,source,source_url");
    expect(a).toContain("Workload,,Region,us-east-1,,workload,");
    expect(a).toContain(
      "Billing conventions,hours_per_month,Hours per month,730,hours,AWS prices a month as 730 hours (Amazon MSK pricing page (AWS)),https://aws.amazon.com/msk/pricing/",
    );
    expect(a).toContain("Billing conventions,seconds_per_hour,Seconds per hour,3600,s,definition,");
    expect(a).toContain(
      `Stream,,Stream 1 (orders): description,"'=HYPERLINK(""http://evil"",""x"")",,workload,`,
    );
    expect(a).toContain("Stream,,Stream 2: name,'+clicks,,workload,");
  });

  it("line items: 3 × 730 = 2,190 broker-hours × $0.21 = $459.90; 3 × 1,000 GB-months × $0.10 = $300; 730 cluster-hours × $0.75 = $547.50", () => {
    const std = lines("option-standard.csv");
    expect(std[0]).toBe("component,quantity,unit,unit_price_usd,cost_usd,quantity_formula,source,source_url");
    expect(std[1]).toMatch(
      /^Broker instances \(kafka\.m5\.large\),2190,broker-hours,0\.21,459\.9,brokers_standard\*hours,"[^"]+",https:\/\//,
    );
    expect(std[2]).toMatch(
      /^"Broker storage \(EBS, provisioned\)",3000,GB-months,0\.1,300,brokers_standard\*standard_storagePerBrokerGiB\*\(hours\/hours_per_month\),/,
    );
    expect(lines("option-serverless.csv")[1]).toMatch(
      /^Serverless cluster,730,cluster-hours,0\.75,547\.5,1\*hours,/,
    );
  });

  it("a line without a formula says 'planned quantity'; a line without a URL leaves it empty", () => {
    const std = m.options.find((o) => o.id === "standard") as ReportModel["options"][number];
    const first = {
      ...(std.lines[0] as ReportModel["options"][number]["lines"][number]),
      quantityFormula: null,
      sourceUrl: null,
    };
    const t = reportTables(withOption("standard", { lines: [first] })).find(
      (x) => x.name === "option-standard",
    );
    expect(t?.rows[0]?.slice(5)).toEqual(["planned quantity", first.source, ""]);
  });

  it("fields: null and non-finite numbers are empty; quotes doubled; CR and LF quoted; CRLF line ends", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(Number.POSITIVE_INFINITY)).toBe("");
    expect(csvField(0.1)).toBe("0.1");
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("plain")).toBe("plain");
    expect(
      tableCsv({
        columns: [
          { header: "a,b", format: "text" },
          { header: "c", format: "number" },
        ],
        rows: [
          ["x", 1],
          [null, -2],
        ],
      }),
    ).toBe('"a,b",c\r\nx,1\r\n,-2\r\n');
  });

  it("slugs: lower case, runs of other characters one dash, none at either end; nothing left is 'table'", () => {
    expect(slug("Monte Carlo (p5/p50/p95)")).toBe("monte-carlo-p5-p50-p95");
    expect(slug("--Sweep--")).toBe("sweep");
    expect(slug("…")).toBe("table");
  });
});

/** The cells of a Markdown table row (pipes escaped with a backslash are text). */
const cells = (row: string) => row.replace(/\\\|/g, "¦").split("|").slice(1, -1);

describe("Markdown", () => {
  const md = () => reportMarkdown(m);

  it("every table's header, delimiter and rows have the same number of cells (else GitHub shows no table)", () => {
    const rows = (text: string) => text.split("\n").filter((l) => l.startsWith("| "));
    let tables = 0;
    const all = rows(reportMarkdown({ ...m, tables: [sweep(2)] }));
    for (let i = 0; i < all.length; i++) {
      const row = all[i] as string;
      if (!/^\| -/.test(all[i + 1] ?? "")) continue;
      tables++;
      const n = cells(row).length;
      expect(cells(all[i + 1] as string), row).toHaveLength(n);
      for (let j = i + 2; j < all.length && !/^\| -/.test(all[j + 1] ?? ""); j++)
        expect(cells(all[j] as string), all[j]).toHaveLength(n);
    }
    // Summary, assumptions, four option tables, the sweep.
    expect(tables).toBe(7);
    expect(md()).toContain("| Section | Name | Input | Value | Unit | Source | Source URL |");
    expect(md()).toContain("| --- | --- | --- | ---: | --- | --- | --- |");
    expect(md()).toContain(
      "| Component | Quantity | Unit | Unit price | Cost (USD) | Quantity formula | Source | Source URL |",
    );
    expect(md()).toContain("| --- | ---: | --- | ---: | ---: | --- | --- | --- |");
  });

  it("the document: title, recommendation, a section per table and option, one blank line between blocks", () => {
    // Every line but the tables' rows, in order: blank lines and headings included.
    expect(
      md()
        .split("\n")
        .filter((l) => !l.startsWith("| ")),
    ).toEqual([
      "# Amazon MSK cost plan, us-east-1",
      "",
      "**Recommendation.** Standard tiered: the cheapest feasible option at $886.44/month, $1,141.99/month (56.3%) below Express; its size is set by network.",
      "",
      "## Cost per option",
      "",
      "",
      "Billing period 730 hours; a month is 730 hours. Prices: catalog bundled dated 2026-09-11. Generated 2026-10-01T12:00:00.000Z by msk-planner 0.1.0-test.",
      "",
      "## Assumptions",
      "",
      "",
      "## Standard tiered (Amazon MSK)",
      "",
      "",
      "**Total for the billing period: $886.44** ($886.44/month, $10,637.26/year)",
      "",
      "Configuration: Instance type kafka.m7g.large, Brokers 3, Storage per broker (GiB) 500.",
      "",
      "- infrastructure only",
      "",
      "## Express (Amazon MSK)",
      "",
      "",
      "**Total for the billing period: $2,028.43** ($2,028.43/month, $24,341.16/year)",
      "",
      "Configuration: Instance type express.m7g.large, Brokers 3.",
      "",
      "- infrastructure only",
      "",
      "## Standard (Amazon MSK)",
      "",
      "",
      "**Total for the billing period: $3,044.25** ($3,044.25/month, $36,530.98/year)",
      "",
      "Configuration: Instance type kafka.m5.large, Brokers 3, Storage per broker (GiB) 1,000.",
      "",
      "- infrastructure only",
      "",
      "## Serverless (Amazon MSK)",
      "",
      "",
      "**Total for the billing period: $12,788.21** ($12,788.21/month, $153,458.53/year)",
      "",
      "Configuration: Partitions 84.",
      "",
      "- infrastructure only",
      "",
      "## Self managed (alternative to MSK)",
      "",
      "Infeasible, not priced:",
      "",
      "- -no EC2 price for ap-test-1 (stand-in reason)",
      "",
    ]);
    expect(md().endsWith("(stand-in reason)\n")).toBe(true);
  });

  it("line items: quantities grouped, unit prices and costs in dollars; assumptions in each row's own format", () => {
    expect(md()).toContain(
      "| Broker instances (kafka.m5.large) | 2,190 | broker-hours | $0.21 | $459.90 | brokers_standard*hours | ",
    );
    expect(md()).toContain(
      "| Serverless partitions | 61,320 | partition-hours | $0.0015 | $91.98 | serverless_partitions*hours | ",
    );
    expect(md()).toContain(
      "| Workload | max_util_standard | Max utilisation, Standard brokers | 50.0% | of capacity | workload targets |  |",
    );
    expect(md()).toContain(
      "| Billing conventions | bytes_per_mib | Bytes per MiB | 1,048,576 | bytes | definition (2^20 bytes) |  |",
    );
    expect(md()).toContain(
      "| Billing conventions | hours_per_month | Hours per month | 730 | hours | AWS prices a month as 730 hours (Amazon MSK pricing page (AWS)) | https://aws.amazon.com/msk/pricing/ |",
    );
  });

  it("the summary: money rounded for display, an infeasible option's dashes, the binding resource", () => {
    expect(md()).toContain(
      "| Option | Feasible | Monthly (USD) | Annual (USD) | Binding resource | Notes |\n| --- | --- | ---: | ---: | --- | --- |",
    );
    expect(md()).toContain(
      "| self-managed | no | — | — |  | Infeasible: -no EC2 price for ap-test-1 (stand-in reason) |",
    );
    expect(md()).toMatch(
      /\| standard \| yes \| \$3,044\.25 \| \$36,530\.98 \| storage \| infrastructure only \|/,
    );
    expect(md()).toContain(
      "Billing period 730 hours; a month is 730 hours. Prices: catalog bundled dated 2026-09-11. Generated 2026-10-01T12:00:00.000Z by msk-planner 0.1.0-test.",
    );
  });

  it("a partly priced option: its totals as a lower bound naming what is missing, in the summary and under its table", () => {
    const missing = [{ name: "price_x", dimension: "x", reason: "no price in us-east-1" }] as never;
    const p = reportMarkdown(withOption("express", { priced: "partial", missingPrices: missing }));
    expect(p).toMatch(
      /\| express \| yes \| ≥ \$2,028\.43 \(not priced: price_x\) \| ≥ \$24,341\.16 \(not priced: price_x\) \|/,
    );
    expect(p).toContain(
      "**Total for the billing period: ≥ $2,028.43 (not priced: price_x)** (≥ $2,028.43 (not priced: price_x)/month, ≥ $24,341.16 (not priced: price_x)/year)\n\n- Not priced — price_x: no price in us-east-1\n\nConfiguration: ",
    );
    // The complete options are not marked.
    expect(p).toContain("**Total for the billing period: $3,044.25** ($3,044.25/month, $36,530.98/year)");
  });

  it("an option with no price: what is missing instead of a table", () => {
    const missing = [{ name: "price_broker", dimension: "broker", reason: "none here" }] as never;
    const p = reportMarkdown(withOption("express", { priced: "none", missingPrices: missing }));
    expect(p).toContain(
      "## Express (Amazon MSK)\n\nFeasible, but no price for it in this region:\n\n- price_broker: none here\n\n## ",
    );
  });

  it("an infeasible option: its reasons; a feasible one: configuration (numbers grouped, nulls left out) and notes", () => {
    expect(md()).toContain(
      "## Self managed (alternative to MSK)\n\nInfeasible, not priced:\n\n- -no EC2 price for ap-test-1 (stand-in reason)\n",
    );
    expect(md()).toContain(
      "Configuration: Instance type kafka.m5.large, Brokers 3, Storage per broker (GiB) 1,000.\n\n- infrastructure only\n",
    );
    const std = m.options.find((o) => o.id === "standard") as ReportModel["options"][number];
    const p = reportMarkdown(
      withOption("standard", {
        config: [
          ...std.config,
          {
            ...(std.config[0] as ReportModel["options"][number]["config"][number]),
            label: "PST",
            value: null,
          },
        ],
        notes: [],
      }),
    );
    expect(p).toContain("Storage per broker (GiB) 1,000.\n\n## Serverless");
    expect(p).not.toContain("PST");
  });

  it("further tables: a section each, values by column format; cut at 200 rows with a pointer to the CSV", () => {
    const at = (n: number) => reportMarkdown({ ...m, tables: [sweep(n)] });
    const p = at(MD_MAX_ROWS);
    expect(p).toContain(
      "## Sweep of ingress\n\n| ingress_MiBps | monthly_usd | share | option |\n| ---: | ---: | ---: | --- |\n| 1 | $1,234.50 | 25.0% | =cmd |\n| 2 | $2,469.00 | 25.0% | — |",
    );
    expect(p.trimEnd().endsWith(`| 200 | $246,900.00 | 25.0% | — |`)).toBe(true);
    const over = at(MD_MAX_ROWS + 1);
    expect(over).not.toContain("| 201 |");
    expect(over).toContain("| 200 | $246,900.00 | 25.0% | — |\n\n_1 more rows");
    expect(
      over.trimEnd().endsWith("_1 more rows: see the CSV (`--csv DIR`, sweep-ingress-partitions.csv)._"),
    ).toBe(true);
  });

  it("configuration text is escaped like any cell; an option without configuration has no such line", () => {
    const std = m.options.find((o) => o.id === "standard") as ReportModel["options"][number];
    const first = std.config[0] as ReportModel["options"][number]["config"][number];
    const p = reportMarkdown(withOption("standard", { config: [{ ...first, value: "a|b<c>" }] }));
    expect(p).toContain("Configuration: Instance type a\\|b&lt;c&gt;.\n");
    const none = reportMarkdown(withOption("standard", { config: [] }));
    expect(none).toContain("($3,044.25/month, $36,530.98/year)\n\n- infrastructure only\n");
  });

  it("an option with no price has no table, so the further tables still follow in order", () => {
    const p = reportMarkdown({ ...withOption("express", { priced: "none" }), tables: [sweep(1)] });
    expect(p).toContain("\n## Sweep of ingress\n\n| ingress_MiBps | monthly_usd | share | option |\n");
  });

  it("cells: unit prices to the cent or beyond, quantities grouped, text escaped (backslash first)", () => {
    expect(cell(0.0015, "usdRate")).toBe("$0.0015");
    expect(cell(1234.567, "number")).toBe("1,234.57");
    expect(cell(0.5, "fraction")).toBe("50.0%");
    expect(cell(12.5, "usd")).toBe("$12.50");
    expect(cell("a\\|b", "text")).toBe("a\\\\\\|b");
    expect(cell("x > y", "text")).toBe("x &gt; y");
  });
});

describe("JSON", () => {
  const j = () => JSON.parse(reportJson(m));

  it("the same model gives the same bytes; two-space indent and a final newline", () => {
    const text = reportJson(m);
    expect(reportJson(buildReportModel(plan, { ...REPORT_OPTS, live: false }))).toBe(text);
    expect(text.startsWith('{\n  "meta": {\n    "title": "Amazon MSK cost plan, us-east-1",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("each option in a fixed key order, its configuration and line items as data", () => {
    const std = j().options.find((o: { id: string }) => o.id === "standard");
    expect(Object.keys(std)).toEqual([
      "id",
      "family",
      "sheetName",
      "feasible",
      "recommended",
      "binding",
      "totalName",
      "priced",
      "missingPrices",
      "totalUsd",
      "monthlyUsd",
      "annualUsd",
      "configuration",
      "lineItems",
      "utilisation",
      "reasons",
      "notes",
      "sources",
    ]);
    expect(std).toMatchObject({
      family: "msk",
      feasible: true,
      binding: "storage",
      totalName: "total_standard",
      priced: "complete",
    });
    expect(std.configuration).toContainEqual({ key: "brokers", name: "brokers_standard", value: 3 });
    expect(std.configuration).toContainEqual({ key: "instanceType", name: null, value: "kafka.m5.large" });
    expect(std.lineItems[0]).toEqual({
      component: "Broker instances (kafka.m5.large)",
      dimension: "broker:kafka.m5.large",
      quantity: 2190,
      unit: "broker-hours",
      quantityName: "standard_q1",
      quantityFormula: "brokers_standard*hours",
      priceName: "price_broker_kafka_m5_large",
      unitPriceUsd: 0.21,
      costUsd: 2190 * 0.21,
      source: std.lineItems[0].source,
      sourceUrl: std.lineItems[0].sourceUrl,
    });
    expect(std.utilisation).toEqual({ network: 0.42 });
    expect(std.annualUsd).toBe(12 * std.monthlyUsd);
    expect(j().tables).toEqual([]);
    expect(JSON.parse(reportJson({ ...m, tables: [sweep(1)] })).tables).toEqual([sweep(1)]);
  });

  it("the sources an option's reasons and notes name, with their URLs", () => {
    const note = "price from the Amazon MSK pricing page (AWS)";
    const withNote = withOption("standard", { notes: [note] });
    const std = JSON.parse(reportJson(withNote)).options.find((o: { id: string }) => o.id === "standard");
    expect(std.sources).toEqual([
      {
        key: expect.any(String),
        title: "Amazon MSK pricing page (AWS)",
        url: "https://aws.amazon.com/msk/pricing/",
      },
    ]);
    // Reasons count as well as notes; a text naming no source cites none.
    expect(withCitations({ reasons: [note], notes: [] }).sources).toHaveLength(1);
    expect(withCitations({ reasons: ["x"], notes: ["y"] }).sources).toEqual([]);
    const pj = planJson({ ...plan, options: plan.options.map((o) => ({ ...o, notes: [note] }) as typeof o) });
    expect((pj.options as { sources: unknown[] }[]).map((o) => o.sources.length)).toEqual(
      plan.options.map(() => 1),
    );
    expect(pj.region).toBe("us-east-1");
  });
});
