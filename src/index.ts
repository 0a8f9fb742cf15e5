/**
 * msk-planner: the public library API. Pure functions over typed values; IO only in the
 * functions whose names say so (`load…`, `write…`, `refresh…`, `import…`).
 */
export * from "./model/errors.js";
export type { Workload, Stream, PlanningTargets, SizingModel, AzCount } from "./model/workload.js";
export type { Demand } from "./model/demand.js";
export type { LineItem } from "./pricing/line-item.js";
export type { Catalog, Price } from "./pricing/catalog-schema.js";
export type { ClusterConfig, StandardConfig, ExpressConfig, ServerlessConfig, AddOns, PriceResult } from "./pricing/configuration.js";
export type { PlanResult, OptionResult, OptionId, MskOptionId, AlternativeOptionId } from "./plan/types.js";
export { MSK_OPTIONS, ALTERNATIVE_OPTIONS } from "./plan/types.js";
export { HOURS_PER_MONTH } from "./model/conventions.js";
export { parseSize, parseRate, parseDuration } from "./model/units.js";
// ── instances, price catalog, calculators (issue #3) ──
export {
  INSTANCES,
  STANDARD_INSTANCES,
  EXPRESS_INSTANCES,
  instanceSpec,
  instanceKindOf,
  findInstance,
  type InstanceSpec,
  type StandardInstance,
  type ExpressInstance,
  type InstanceKind,
} from "./model/instances.js";
export { Catalog as CatalogSchema } from "./pricing/catalog-schema.js";
export { DIMENSIONS, brokerDimension, type DimensionId } from "./pricing/dimensions.js";
export { bundledCatalog } from "./pricing/bundled-catalog.js";
export { priceOf, usdPriceOf, catalogRegions, regionPrices } from "./pricing/catalog.js";
export { priceConfiguration, type PriceOptions } from "./pricing/price-configuration.js";
export { configFromInput, HumanClusterConfig, type ConfigInput } from "./pricing/configuration-file.js";
export { lineItem, totalUsd } from "./pricing/line-item.js";
export { bytesToBilledGB } from "./pricing/billing.js";
// ── workload, demand, planner (issue #4) ──
export { parseWorkload, workloadJsonSchema, WorkloadInput, WORKLOAD_DEFAULTS, type WorkloadInputType } from "./model/workload-schema.js";
export { deriveDemand } from "./model/derive-demand.js";
export { SERVERLESS_QUOTAS, CLUSTER_QUOTAS, QUOTAS_AS_OF } from "./model/quotas.js";
export { plan, preparePlanner, rankOptions, type Planner, type PlannerOptions } from "./plan/planner.js";
export {
  registerOption,
  registeredOptions,
  optionEvaluator,
  type OptionEvaluator,
  type PreparedOption,
  type OptionContext,
  type OptionEvaluation,
} from "./plan/options.js";
// ── alternatives to MSK (issue #8) ──
export {
  evaluateAlternatives,
  ALTERNATIVE_EVALUATORS,
  INFRASTRUCTURE_ONLY,
  WITH_LABOUR,
  type AlternativeContext,
  type AlternativeEvaluator,
  type AlternativeInputs,
} from "./plan/alternatives/index.js";
export { EC2_CAPABILITIES, GP3_LIMITS_2023, GP3_LIMITS_CURRENT, KRAFT_CONTROLLERS, type Ec2Capability, type Gp3Limits } from "./model/alternatives/ec2.js";
export { KINESIS_LIMITS } from "./model/alternatives/kinesis.js";
export { SQS_LIMITS } from "./model/alternatives/sqs.js";
export { EC2_HOURLY, GP3_PRICES, CROSS_AZ_PER_GB_EACH_WAY, KINESIS_PRICES, SQS_PRICES } from "./pricing/alternatives/prices.js";
export { priceSelfManaged, type SelfManagedConfig } from "./pricing/alternatives/self-managed.js";
export { priceKinesisProvisioned, priceKinesisOnDemand } from "./pricing/alternatives/kinesis.js";
export { priceSqsRequests } from "./pricing/alternatives/sqs.js";
// ── what-if and simulation (issue #5) ──
export { extractDistributions, medianOf, type Distribution, type FieldDistribution } from "./model/distribution.js";
export { prepareSweep, type SweepInit, type PreparedSweep } from "./plan/simulate/sweep.js";
export { runSweep, runMonteCarlo } from "./plan/simulate/run.js";
export { prepareMonteCarlo, type MonteCarloResult } from "./plan/simulate/montecarlo.js";
export { whatIf, type WhatIfResult } from "./plan/simulate/whatif.js";
export { project, type ProjectionResult } from "./plan/simulate/projection.js";
export { sensitivity, type SensitivityResult } from "./plan/simulate/sensitivity.js";
export { breakeven, type BreakevenResult } from "./plan/simulate/breakeven.js";
// ── live prices, CloudWatch import, right-sizing (issue #7); the AWS SDKs load only when called ──
export { refreshCatalog, mergeRefreshed, PRICE_LIST_API_SOURCE, type RefreshOptions, type RefreshResult, type RefreshSource } from "./aws/refresh.js";
export { normalisePriceList, type NormaliseOptions, type NormaliseResult, type UnrecognisedItem } from "./aws/normalise.js";
export { offerFileToItems, PriceListItem, OfferFile, type PriceListItem as PriceListItemType } from "./aws/price-list-item.js";
export { diffCatalogs, type CatalogDiff, type PriceChange } from "./aws/catalog-diff.js";
export { PriceListError } from "./aws/errors.js";
export { fetchClusterMetrics, type ClusterMetrics, type ImportOptions, type Series } from "./aws/cloudwatch.js";
export { deriveWorkload, workloadYaml, type ImportedWorkload, type DeriveOptions, type DerivedValue } from "./aws/derive-workload.js";
export { importCluster, type ImportedCluster } from "./aws/import-cluster.js";
export { inferCurrentConfig } from "./aws/current-config.js";
export { rightsize, currentUtilisation, type RightsizeResult, type RightsizeOption, type CurrentCluster } from "./plan/rightsize.js";
// ── reports (issue #6): workbook with live formulas, Markdown, CSV, JSON ──
export { buildWorkbook, writeReport } from "./report/xlsx.js";
export { buildReportModel, totalName, type ReportModel, type ReportOptions, type ReportTable, type OptionSheet, type LineRow } from "./report/model.js";
export { reportMarkdown } from "./report/markdown.js";
export { reportCsv, tableCsv } from "./report/csv.js";
export { reportJson } from "./report/json.js";
