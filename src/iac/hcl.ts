/**
 * Terraform HCL (`.tf` files, or a folder of them) read without Terraform: HashiCorp's own HCL
 * parser, compiled to WebAssembly (@cdktf/hcl2json), turns each file into JSON; this module
 * resolves what can be known without running Terraform — literals, `var.*` (from
 * `terraform.tfvars` / `*.auto.tfvars`, else the variable's default), `local.*`, string templates
 * of those, and references to other resources — and keeps everything else (function calls,
 * operators, conditionals, data sources, module outputs) as {@link Unresolved}, named in the
 * result. Modules are not followed. The parser is loaded only when HCL is read (it is large).
 */
import { InputError } from "../model/errors.js";
import { documentOf } from "./document.js";
import { type RawResource, uncountedResource } from "./resources.js";
import type { IacDocument, IacResource, UnresolvedValue } from "./types.js";
import { isMapping, Ref, Unresolved, type Value } from "./value.js";

/** One Terraform (`.tf`) file to read: its name for messages and its text. */
export interface HclFile {
  /** The path, for messages. */
  name: string;
  text: string;
}

type Json = { readonly [key: string]: Value };

async function parseHcl(file: HclFile): Promise<Json> {
  const { parse } = await import("@cdktf/hcl2json");
  try {
    return (await parse(file.name, file.text)) as Json;
  } catch (e) {
    const msg = ((e as Error).message ?? String(e)).replace(/^parse config: \[?/, "").replace(/\]$/, "");
    throw new InputError(file.name, `not valid HCL: ${msg.split("\n")[0]}`);
  }
}

/**
 * Read Terraform HCL: `files` are the `.tf` files of one folder (or one file), `tfvars` its
 * `terraform.tfvars` and `*.auto.tfvars` files in the order Terraform loads them (later wins).
 */
export async function readHcl(
  label: string,
  files: readonly HclFile[],
  tfvars: readonly HclFile[] = [],
): Promise<IacDocument> {
  const parsed = await Promise.all(files.map(async (f) => ({ f, j: await parseHcl(f) })));
  const values: Record<string, Value> = {};
  for (const v of tfvars) Object.assign(values, await parseHcl(v));
  const variables: Record<string, Value> = {};
  const locals: Record<string, Value> = {};
  const blocks: { f: HclFile; type: string; name: string; body: Json }[] = [];
  let provider: Value | undefined;
  for (const { f, j } of parsed) {
    for (const [name, decls] of Object.entries(isMapping(j.variable) ? j.variable : {}))
      variables[name] = Array.isArray(decls) ? (decls[0] as Value) : decls;
    for (const l of (Array.isArray(j.locals) ? j.locals : []) as Value[])
      if (isMapping(l)) Object.assign(locals, l);
    const aws = isMapping(j.provider) ? j.provider.aws : undefined;
    if (Array.isArray(aws) && provider === undefined) provider = aws[0] as Value;
    for (const [type, byName] of Object.entries(isMapping(j.resource) ? j.resource : {}))
      for (const [name, bodies] of Object.entries(isMapping(byName) ? byName : {}))
        for (const body of (Array.isArray(bodies) ? bodies : [bodies]) as Value[])
          if (isMapping(body)) blocks.push({ f, type, name, body });
  }
  const resolver = new Resolver(variables, values, locals, new Set(blocks.map((b) => b.type)));

  const raws: RawResource[] = [];
  const resources: IacResource[] = [];
  const unresolved: UnresolvedValue[] = [];
  for (const { f, type, name, body } of blocks) {
    const address = `${type}.${name}`;
    const { count, for_each, ...rest } = body;
    const attributes = resolver.resolve(rest);
    const instances = instanceKeys(
      count !== undefined
        ? { count: resolver.resolve(count) }
        : for_each !== undefined
          ? { for_each: resolver.resolve(for_each) }
          : {},
    );
    if (instances instanceof Unresolved) {
      const missing = {
        address,
        attribute: count !== undefined ? "count" : "for_each",
        expression: instances.expression,
        reason: `${instances.reason}: the number of instances is unknown`,
      };
      const c = uncountedResource({ address, type, file: f.name, attributes }, "terraform", missing);
      resources.push(c.resource);
      unresolved.push(...c.unresolved);
      continue;
    }
    for (const key of instances)
      raws.push({
        address: key === undefined ? address : `${address}[${JSON.stringify(key)}]`,
        type,
        file: f.name,
        attributes,
      });
  }
  const region = isMapping(provider) ? resolver.resolve(provider.region ?? null) : undefined;
  return documentOf(label, "terraform-hcl", "terraform", raws, {
    region: typeof region === "string" ? region : undefined,
    resources,
    unresolved,
  });
}

/** Instance keys: [undefined] for a single instance, 0…n−1 for `count`, the keys of `for_each`. */
function instanceKeys(meta: {
  count?: Value;
  for_each?: Value;
}): (string | number | undefined)[] | Unresolved {
  if ("count" in meta) {
    const n = meta.count;
    if (n instanceof Unresolved) return n;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
      return new Unresolved(JSON.stringify(n), "count is not a whole number");
    return Array.from({ length: n }, (_, i) => i);
  }
  if ("for_each" in meta) {
    const e = meta.for_each;
    if (e instanceof Unresolved) return e;
    if (Array.isArray(e) && e.every((x) => typeof x === "string")) return [...(e as string[])];
    if (isMapping(e)) return Object.keys(e);
    return new Unresolved(JSON.stringify(e), "for_each is not a literal set or map");
  }
  return [undefined];
}

const WHOLE = /^\$\{([^{}]*)\}$/;
const PART = /\$\{([^{}]*)\}/g;
const NOT_EVALUATED =
  "not a literal, variable, local or resource reference (functions and operators are not evaluated)";

/** Resolves `${…}` strings against variables, tfvars and locals. */
class Resolver {
  private readonly resolving = new Set<string>();
  private readonly localCache = new Map<string, Value>();
  constructor(
    private readonly variables: Record<string, Value>,
    private readonly values: Record<string, Value>,
    private readonly locals: Record<string, Value>,
    private readonly resourceTypes: ReadonlySet<string>,
  ) {}

  resolve(v: Value): Value {
    if (typeof v === "string") return this.string(v);
    if (Array.isArray(v)) return v.map((x) => this.resolve(x));
    if (isMapping(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.resolve(x)]));
    return v;
  }

  private string(s: string): Value {
    if (!s.includes("${")) return s;
    const whole = WHOLE.exec(s);
    if (whole) return this.expression((whole[1] as string).trim());
    let failed: Unresolved | undefined;
    const out = s.replace(PART, (m, e: string) => {
      const v = this.expression(e.trim());
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
      failed ??= v instanceof Unresolved ? v : new Unresolved(m, "a reference inside a string");
      return m;
    });
    return failed ? new Unresolved(s, failed.reason) : out;
  }

  private expression(e: string): Value {
    const text = `\${${e}}`;
    if (/^-?\d+(\.\d+)?$/.test(e)) return Number(e);
    if (e === "true" || e === "false") return e === "true";
    if (/^"[^"$]*"$/.test(e)) return e.slice(1, -1);
    const v = /^var\.([A-Za-z_][\w-]*)$/.exec(e);
    if (v) return this.variable(v[1] as string, text);
    const l = /^local\.([A-Za-z_][\w-]*)$/.exec(e);
    if (l) return this.local(l[1] as string, text);
    const r = /^([A-Za-z][\w-]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.[\w.]+)?$/.exec(e);
    if (r && this.resourceTypes.has(r[1] as string)) return new Ref(`${r[1]}.${r[2]}`);
    if (/^data\./.test(e)) return new Unresolved(text, "a data source is read only when Terraform runs");
    if (/^module\./.test(e)) return new Unresolved(text, "module outputs are not followed");
    return new Unresolved(text, NOT_EVALUATED);
  }

  private variable(name: string, text: string): Value {
    if (name in this.values) return this.values[name] as Value;
    const decl = this.variables[name];
    if (!isMapping(decl)) return new Unresolved(text, `variable ${name} is not declared`);
    if (decl.default === undefined)
      return new Unresolved(text, `variable ${name} has no default and no value in terraform.tfvars`);
    return this.resolve(decl.default);
  }

  private local(name: string, text: string): Value {
    const cached = this.localCache.get(name);
    if (cached !== undefined) return cached;
    if (!(name in this.locals)) return new Unresolved(text, `local ${name} is not defined`);
    if (this.resolving.has(name)) return new Unresolved(text, `local ${name} refers to itself`);
    this.resolving.add(name);
    const v = this.resolve(this.locals[name] as Value);
    this.resolving.delete(name);
    this.localCache.set(name, v);
    return v;
  }
}
