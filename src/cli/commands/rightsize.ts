/**
 * `msk-planner rightsize --cluster NAME --region R [--current config.yaml]`: import the running
 * cluster's workload from CloudWatch, plan it, and compare the current configuration (given, or
 * inferred from the metrics' broker count plus --instance / --storage-per-broker) with every
 * option: monthly saving or extra cost, each resource's utilisation now and after.
 * `--json` prints plan's JSON plus `current` and `savingsUsd` (and `savingsUsd` per option).
 */
import { parse as parseYaml } from "yaml";
import { inferCurrentConfig } from "../../aws/current-config.js";
import { importCluster } from "../../aws/import-cluster.js";
import { parseWorkload } from "../../model/workload-schema.js";
import { plan } from "../../plan/planner.js";
import { type RightsizeResult, rightsize } from "../../plan/rightsize.js";
import type { PlanResult } from "../../plan/types.js";
import type { ClusterConfig } from "../../pricing/configuration.js";
import { configFromInput, relabel } from "../../pricing/configuration-file.js";
import { formatPercent, formatTotal, formatUsd } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { loadCatalog } from "../catalog.js";
import { checkFinite } from "../finite.js";
import { readStructuredFile } from "../io.js";
import { type ImportArgs, importOptions } from "./import-cloudwatch.js";
import { describeConfiguration } from "./plan.js";

export interface RightsizeArgs extends Omit<ImportArgs, "out"> {
  current?: string;
  instance?: string;
  catalog?: string;
}

function describeCurrent(c: ClusterConfig): string {
  if (c.kind === "serverless") return `Serverless, ${c.partitions} partitions`;
  if (c.kind === "express") return `${c.brokers} × ${c.instanceType}`;
  return `${c.brokers} × ${c.instanceType}, ${c.storagePerBrokerBytes / 2 ** 30} GiB each`;
}

function utilisationLine(u: Record<string, number>): string {
  return Object.entries(u)
    .map(([k, v]) => `${k} ${formatPercent(v)}`)
    .join(", ");
}

function render(p: PlanResult, r: RightsizeResult, origin: string): string {
  const rows = r.options.map((o) => {
    const opt = p.options.find((x) => x.option === o.option);
    return [
      o.option,
      opt ? describeConfiguration(opt) : "—",
      o.feasible ? formatTotal(o.monthlyUsd, o.priced, opt?.missingPrices ?? []) : "not feasible",
      o.savingsUsd === null
        ? "—"
        : o.savingsUsd >= 0
          ? `saves ${formatUsd(o.savingsUsd)}`
          : `costs ${formatUsd(-o.savingsUsd)} more`,
    ];
  });
  const lines = [
    `Current: ${describeCurrent(r.current.configuration)} — ${formatTotal(r.current.monthlyUsd, r.current.priced, r.current.missingPrices)} per month (${r.current.basis})`,
    `Utilisation now: ${utilisationLine(r.current.utilisation)}`,
    renderTable({
      head: ["Option", "Configuration", "Monthly (USD)", "Against current"],
      rows,
      align: ["left", "left", "right", "left"],
    }),
    `Recommended: ${p.recommended ?? "none"}${r.savingsUsd === null ? "" : r.savingsUsd >= 0 ? `, saving ${formatUsd(r.savingsUsd)} per month` : `, costing ${formatUsd(-r.savingsUsd)} more per month`}`,
  ];
  for (const o of r.options)
    if (o.feasible) lines.push(`  ${o.option} utilisation after: ${utilisationLine(o.utilisationAfter)}`);
  lines.push(
    `Prices: ${p.catalog.source} catalog dated ${p.catalog.date} (${origin}). Workload: \`msk-planner import cloudwatch\` writes it with its sources.`,
    "",
  );
  return lines.join("\n");
}

export async function handler(argv: RightsizeArgs): Promise<void> {
  const opts = importOptions(argv);
  // Read local inputs before calling AWS, so bad input fails fast (exit 2).
  const currentFile = argv.current !== undefined ? readStructuredFile(argv.current, "--current") : undefined;
  const given =
    currentFile !== undefined
      ? configFromInput({ file: currentFile, fileLabel: argv.current, flags: { region: opts.region } })
      : undefined;
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });

  const { imported, yaml } = await importCluster(opts);
  const workload = parseWorkload(parseYaml(yaml));
  const planned = plan(workload, { catalog });
  const { config, basis } = given
    ? { config: given.config, basis: `given (--current ${argv.current})` }
    : inferCurrentConfig(imported, {
        instanceType: argv.instance,
        storagePerBrokerBytes: opts.storagePerBrokerBytes,
      });
  let result: RightsizeResult;
  try {
    result = rightsize(planned, config, basis, catalog);
  } catch (e) {
    if (given) relabel(e, given.pathOf);
    throw e;
  }
  checkFinite({ planned, result }, "the right-sizing", "aws");
  if (argv.json) {
    const options = planned.options.map((o) => ({
      ...o,
      savingsUsd: result.options.find((x) => x.option === o.option)?.savingsUsd ?? null,
    }));
    process.stdout.write(
      `${JSON.stringify({ ...planned, options, current: result.current, savingsUsd: result.savingsUsd }, null, 2)}\n`,
    );
    return;
  }
  process.stdout.write(render(planned, result, origin));
}
