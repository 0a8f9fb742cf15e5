/**
 * msk-planner: the public library API. Pure functions over typed values; IO only in the
 * functions whose names say so (`load…`, `write…`, `refresh…`, `import…`).
 */

export { type CatalogDiff, diffCatalogs, type PriceChange } from "./aws/catalog-diff.js";
export {
  type ClusterMetrics,
  fetchClusterMetrics,
  type ImportOptions,
  type Series,
} from "./aws/cloudwatch.js";
export { inferCurrentConfig } from "./aws/current-config.js";
export {
  type DerivedValue,
  type DeriveOptions,
  deriveWorkload,
  type ImportedWorkload,
  workloadYaml,
} from "./aws/derive-workload.js";
export { PriceListError } from "./aws/errors.js";
export { type ImportedCluster, importCluster } from "./aws/import-cluster.js";
export {
  type NormaliseOptions,
  type NormaliseResult,
  normalisePriceList,
  type UnrecognisedItem,
} from "./aws/normalise.js";
export {
  OfferFile,
  offerFileToItems,
  PriceListItem,
  type PriceListItem as PriceListItemType,
} from "./aws/price-list-item.js";
// ── live prices, CloudWatch import, right-sizing (issue #7); the AWS SDKs load only when called ──
export {
  mergeRefreshed,
  PRICE_LIST_API_SOURCE,
  type RefreshOptions,
  type RefreshResult,
  type RefreshSource,
  refreshCatalog,
} from "./aws/refresh.js";
// ── infrastructure as code in: price what Terraform and CloudFormation deploy (issue #17) ──
export { parseCloudFormationYaml, readCloudFormation } from "./iac/cloudformation.js";
export { type HclFile, readHcl } from "./iac/hcl.js";
export { loadIac, readIacText } from "./iac/load.js";
export {
  type IacPriceOptions,
  type IacPriceResult,
  type IacResourcePrice,
  priceIac,
  type StorageRange,
} from "./iac/price-iac.js";
export { readTerraformJson } from "./iac/terraform-json.js";
export type { IacDocument, IacFormat, IacResource, UnresolvedValue } from "./iac/types.js";
export { parseUsage, type ResourceUsage, USAGE_FIELDS, type Usage } from "./iac/usage.js";
export {
  EC2_CAPABILITIES,
  type Ec2Capability,
  GP3_LIMITS_2023,
  GP3_LIMITS_CURRENT,
  type Gp3Limits,
  KRAFT_CONTROLLERS,
} from "./model/alternatives/ec2.js";
export { KINESIS_LIMITS } from "./model/alternatives/kinesis.js";
export { SQS_LIMITS } from "./model/alternatives/sqs.js";
export { HOURS_PER_MONTH } from "./model/conventions.js";
export type { Demand } from "./model/demand.js";
export { deriveDemand } from "./model/derive-demand.js";
// ── what-if and simulation (issue #5) ──
export {
  type Distribution,
  extractDistributions,
  type FieldDistribution,
  medianOf,
} from "./model/distribution.js";
export * from "./model/errors.js";
export { DEFAULT_INSTANCE_TYPES, resolveInstanceTypes } from "./model/instance-types.js";
// ── instances, price catalog, calculators (issue #3) ──
export {
  EXPRESS_INSTANCES,
  type ExpressInstance,
  findInstance,
  INSTANCES,
  type InstanceKind,
  type InstanceSpec,
  instanceKindOf,
  instanceSpec,
  STANDARD_INSTANCES,
  type StandardInstance,
} from "./model/instances.js";
export { CLUSTER_QUOTAS, QUOTAS_AS_OF, SERVERLESS_QUOTAS } from "./model/quotas.js";
export {
  citedSources,
  citeInWords,
  type Publisher,
  SOURCES,
  type Source,
  type SourceKey,
} from "./model/sources.js";
export { parseDuration, parseRate, parseSize } from "./model/units.js";
export type { AzCount, PlanningTargets, SizingModel, Stream, Workload } from "./model/workload.js";
// ── workload, demand, planner (issue #4) ──
export {
  parseWorkload,
  WORKLOAD_DEFAULTS,
  WorkloadInput,
  type WorkloadInputType,
  workloadJsonSchema,
} from "./model/workload-schema.js";
// ── alternatives to MSK (issue #8) ──
export {
  ALTERNATIVE_EVALUATORS,
  type AlternativeContext,
  type AlternativeEvaluator,
  type AlternativeInputs,
  evaluateAlternatives,
  INFRASTRUCTURE_ONLY,
  WITH_LABOUR,
} from "./plan/alternatives/index.js";
// ── diff of two plans (issue #15): pure diffPlans, renderers for table, Markdown and JSON ──
export {
  type ChangeKind,
  type ConfigurationChange,
  type CostChange,
  costChange,
  type DiffablePlan,
  type DiffLineItem,
  type DiffOption,
  diffPlans,
  type LineItemDiff,
  type OptionDiff,
  type PlanDiff,
} from "./plan/diff.js";
// ── typed results (issue #15): OptionResult narrows on `option` and `feasible` ──
export {
  describeInfeasibility,
  formatQuantity,
  type Infeasibility,
  type InfeasibilityCode,
  type InfeasibilityUnit,
  RESOURCE_LABELS,
  resourceLabel,
} from "./plan/infeasibility.js";
export {
  type OptionContext,
  type OptionEvaluation,
  type OptionEvaluator,
  optionEvaluator,
  type PreparedOption,
  registeredOptions,
  registerOption,
} from "./plan/options.js";
export { type Planner, type PlannerOptions, plan, preparePlanner, rankOptions } from "./plan/planner.js";
export {
  type CurrentCluster,
  currentUtilisation,
  type RightsizeOption,
  type RightsizeResult,
  rightsize,
} from "./plan/rightsize.js";
export { type BreakevenResult, breakeven } from "./plan/simulate/breakeven.js";
export { type MonteCarloResult, prepareMonteCarlo } from "./plan/simulate/montecarlo.js";
export { type ProjectionResult, project } from "./plan/simulate/projection.js";
export {
  collectSweep,
  runMonteCarlo,
  runSweep,
  type SweepResult,
  type SweepRow,
} from "./plan/simulate/run.js";
export { type SensitivityResult, sensitivity } from "./plan/simulate/sensitivity.js";
export { type PreparedSweep, prepareSweep, type SweepInit } from "./plan/simulate/sweep.js";
export { type WhatIfResult, whatIf } from "./plan/simulate/whatif.js";
export type {
  AlternativeOptionId,
  ClosestBrokerConfiguration,
  ExpressConfiguration,
  FamilyOf,
  FeasibleOptionResult,
  InfeasibleOptionResult,
  KinesisOnDemandConfiguration,
  KinesisProvisionedConfiguration,
  KinesisReadMode,
  MskOptionId,
  OptionConfiguration,
  OptionConfigurations,
  OptionId,
  OptionResult,
  OptionResultOf,
  PlanResult,
  Resource,
  SelfManagedBasis,
  SelfManagedConfiguration,
  ServerlessConfiguration,
  SqsConfiguration,
  StandardConfiguration,
} from "./plan/types.js";
export { ALTERNATIVE_OPTIONS, MSK_OPTIONS, RESOURCES } from "./plan/types.js";
export { priceKinesisOnDemand, priceKinesisProvisioned } from "./pricing/alternatives/kinesis.js";
export {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
  CROSS_AZ_PER_GB_EACH_WAY,
  EC2_HOURLY,
  GP3_PRICES,
  KINESIS_PRICES,
  SQS_PRICES,
} from "./pricing/alternatives/prices.js";
export { priceSelfManaged, type SelfManagedConfig } from "./pricing/alternatives/self-managed.js";
export { priceSqsRequests } from "./pricing/alternatives/sqs.js";
export { bytesToBilledGB } from "./pricing/billing.js";
export { bundledCatalog } from "./pricing/bundled-catalog.js";
export {
  catalogRegions,
  howToSupplyPrices,
  lookupUsdPrice,
  regionPrices,
  usdPriceOf,
} from "./pricing/catalog.js";
export type { Catalog, Price } from "./pricing/catalog-schema.js";
export { Catalog as CatalogSchema } from "./pricing/catalog-schema.js";
export type {
  AddOns,
  ClusterConfig,
  ExpressConfig,
  PriceResult,
  ServerlessConfig,
  StandardConfig,
} from "./pricing/configuration.js";
export { type ConfigInput, configFromInput, HumanClusterConfig } from "./pricing/configuration-file.js";
export {
  COVERAGE_BEGIN,
  COVERAGE_END,
  coverageMarkdown,
  type RegionCoverage,
  regionCoverage,
} from "./pricing/coverage.js";
export { brokerDimension, DIMENSIONS, type DimensionId, dimensionName } from "./pricing/dimensions.js";
export type { LineItem, MissingPrice, PricedStatus, Provenance } from "./pricing/line-item.js";
export { lineItem, totalUsd } from "./pricing/line-item.js";
export { type PriceOptions, priceConfiguration } from "./pricing/price-configuration.js";
export { renderSourcesMarkdown, STATUS_MEANINGS, sourceRows } from "./pricing/sources-doc.js";
export { reportCsv, tableCsv } from "./report/csv.js";
export {
  formatDeltaPct,
  formatDeltaUsd,
  recommendationSummary,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffTable,
} from "./report/diff.js";
export { reportJson } from "./report/json.js";
export { reportMarkdown } from "./report/markdown.js";
export {
  buildReportModel,
  type LineRow,
  type OptionSheet,
  type ReportModel,
  type ReportOptions,
  type ReportTable,
  totalName,
} from "./report/model.js";
// ── reports (issue #6): workbook with live formulas, Markdown, CSV, JSON ──
export { buildWorkbook, writeReport } from "./report/xlsx.js";
