/**
 * Terraform's JSON: a plan (`terraform show -json plan.tfplan`), a state as `terraform show -json`
 * prints it, or a raw state file (`terraform.tfstate`, version 4). Plans and states hold resolved
 * values, so nothing here is guessed. Formats:
 * https://developer.hashicorp.com/terraform/internals/json-format
 * Pure: the parsed JSON in, an {@link IacDocument} out.
 */
import { InputError } from "../model/errors.js";
import { documentOf } from "./document.js";
import type { RawResource } from "./resources.js";
import type { IacDocument } from "./types.js";
import { isMapping, Ref, type Value } from "./value.js";

/** The plan/state JSON format versions this reader understands: 1.x (Terraform 0.12 onwards). */
const SUPPORTED_MAJOR = "1";

type Json = { readonly [key: string]: Value };

/** Whether parsed JSON looks like Terraform's (plan, shown state, or raw state). */
export function isTerraformJson(j: unknown): boolean {
  if (!isMapping(j as Value)) return false;
  const o = j as Json;
  return "format_version" in o || ("terraform_version" in o && "resources" in o);
}

/** Read Terraform plan or state JSON. Throws InputError naming the file for an unsupported version. */
export function readTerraformJson(j: unknown, file: string): IacDocument {
  const o = j as Json;
  if (!("format_version" in o)) return readRawState(o, file);
  const version = o.format_version;
  if (typeof version !== "string" || version.split(".")[0] !== SUPPORTED_MAJOR)
    throw new InputError(
      file,
      `unsupported Terraform JSON format version ${JSON.stringify(version)} (expected 1.x, as printed by terraform show -json)`,
    );
  const isPlan = "planned_values" in o || "resource_changes" in o;
  const root = isPlan
    ? valueAtKeys(o, ["planned_values", "root_module"])
    : valueAtKeys(o, ["values", "root_module"]);
  const raws: RawResource[] = [];
  if (isMapping(root)) collectModule(root, file, raws);
  if (isPlan) addReferences(o, raws);
  return documentOf(file, isPlan ? "terraform-plan" : "terraform-state", "terraform", raws, {
    region: isPlan ? planRegion(o) : arnRegion(raws),
  });
}

function valueAtKeys(o: Json, keys: string[]): Value | undefined {
  let v: Value | undefined = o;
  for (const k of keys) v = isMapping(v) ? v[k] : undefined;
  return v;
}

function collectModule(m: Json, file: string, out: RawResource[]): void {
  const resources = m.resources;
  if (Array.isArray(resources)) {
    for (const r of resources as Value[]) {
      if (!isMapping(r) || r.mode === "data") continue;
      const address = r.address;
      if (typeof address !== "string" || typeof r.type !== "string")
        throw new InputError(file, "a resource without an address or type: not Terraform JSON");
      out.push({ address, type: r.type, file, attributes: r.values ?? {} });
    }
  }
  const children = m.child_modules;
  if (Array.isArray(children))
    for (const c of children as Value[]) if (isMapping(c)) collectModule(c, file, out);
}

/**
 * A plan leaves values known only after apply out of `planned_values` (an autoscaling target's
 * `resource_id` = the new cluster's ARN). The configuration still says what they refer to: such
 * a value becomes a {@link Ref} to the resource named in its `references`.
 */
function addReferences(o: Json, raws: RawResource[]): void {
  const addresses = new Set(raws.map((r) => stripIndex(r.address)));
  const exprs = new Map<string, Json>();
  const walk = (m: Value | undefined, prefix: string) => {
    if (!isMapping(m)) return;
    if (Array.isArray(m.resources))
      for (const r of m.resources as Value[])
        if (isMapping(r) && typeof r.address === "string" && isMapping(r.expressions))
          exprs.set(prefix + r.address, r.expressions);
    if (isMapping(m.module_calls))
      for (const [name, call] of Object.entries(m.module_calls))
        walk(isMapping(call) ? call.module : undefined, `${prefix}module.${name}.`);
  };
  walk(valueAtKeys(o, ["configuration", "root_module"]), "");
  for (const raw of raws) {
    const e = exprs.get(stripIndex(raw.address));
    if (!e || !isMapping(raw.attributes)) continue;
    const attrs = { ...raw.attributes } as Record<string, Value>;
    for (const [attr, ex] of Object.entries(e)) {
      if (attrs[attr] !== undefined || !isMapping(ex) || !Array.isArray(ex.references)) continue;
      const target = (ex.references as Value[])
        .filter((x): x is string => typeof x === "string")
        .map((x) => modulePrefix(raw.address) + x)
        .find((x) => addresses.has(x));
      if (target) attrs[attr] = new Ref(target);
    }
    raw.attributes = attrs;
  }
}

function modulePrefix(address: string): string {
  const parts = address.split(".");
  let prefix = "";
  for (let i = 0; i + 1 < parts.length && parts[i] === "module"; i += 2)
    prefix += `module.${stripIndex(parts[i + 1] as string)}.`;
  return prefix;
}

function stripIndex(address: string): string {
  return address.replace(/\[[^\]]*\]/g, "");
}

/** The AWS provider's region, when the configuration states it (a constant or a variable). */
function planRegion(o: Json): string | undefined {
  const region = valueAtKeys(o, ["configuration", "provider_config", "aws", "expressions", "region"]);
  if (!isMapping(region)) return undefined;
  if (typeof region.constant_value === "string") return region.constant_value;
  const ref = Array.isArray(region.references) ? region.references[0] : undefined;
  if (typeof ref === "string" && ref.startsWith("var.")) {
    const v = valueAtKeys(o, ["variables", ref.slice(4), "value"]);
    if (typeof v === "string") return v;
  }
  return undefined;
}

/** The region in the first ARN a state holds (`arn:aws:kafka:us-east-1:…`). */
function arnRegion(raws: readonly RawResource[]): string | undefined {
  for (const r of raws) {
    const arn = isMapping(r.attributes) ? r.attributes.arn : undefined;
    if (typeof arn === "string" && arn.startsWith("arn:")) {
      const region = arn.split(":")[3];
      if (region) return region;
    }
  }
  return undefined;
}

/** A raw `terraform.tfstate` (version 4): resources with instances. */
function readRawState(o: Json, file: string): IacDocument {
  if (o.version !== 4)
    throw new InputError(
      file,
      `unsupported Terraform state version ${JSON.stringify(o.version)} (expected 4, or the JSON of terraform show -json)`,
    );
  const raws: RawResource[] = [];
  for (const r of (Array.isArray(o.resources) ? o.resources : []) as Value[]) {
    if (!isMapping(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.name !== "string")
      continue;
    const base = `${typeof r.module === "string" ? `${r.module}.` : ""}${r.type}.${r.name}`;
    for (const inst of (Array.isArray(r.instances) ? r.instances : []) as Value[]) {
      if (!isMapping(inst)) continue;
      const key = inst.index_key;
      const address = key === undefined ? base : `${base}[${JSON.stringify(key)}]`;
      raws.push({ address, type: r.type, file, attributes: inst.attributes ?? {} });
    }
  }
  return documentOf(file, "terraform-state", "terraform", raws, { region: arnRegion(raws) });
}
