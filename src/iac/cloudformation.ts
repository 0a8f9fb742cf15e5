/**
 * CloudFormation templates (YAML with the short intrinsic-function tags, or JSON; `cdk synth`
 * output is JSON templates). `Ref` to a parameter resolves to its `Default`; `Fn::Sub`,
 * `Fn::Join` and `Fn::FindInMap` resolve when everything in them does; `Ref`/`Fn::GetAtt` of a
 * resource become a {@link Ref}; anything else (`Fn::If`, `Fn::ImportValue`, pseudo parameters…)
 * stays {@link Unresolved} with its text. Intrinsic functions:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 * Pure: text or parsed JSON in, an {@link IacDocument} out.
 */
import { parse as parseYaml, type Tags } from "yaml";
import { InputError } from "../model/errors.js";
import { documentOf } from "./document.js";
import type { RawResource } from "./resources.js";
import type { IacDocument } from "./types.js";
import { isMapping, Ref, Unresolved, type Value } from "./value.js";

type Json = { readonly [key: string]: Value };

const FUNCTIONS = [
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "If",
  "Equals",
  "Not",
  "And",
  "Or",
  "ToJsonString",
  "Length",
] as const;

/** The short-form tags (`!Ref`, `!Sub`, `!GetAtt A.B` …) as their long JSON forms. */
const CFN_TAGS: Tags = [
  { tag: "!Ref", resolve: (s: string) => ({ Ref: s }) },
  { tag: "!Condition", resolve: (s: string) => ({ Condition: s }) },
  { tag: "!GetAtt", resolve: (s: string) => ({ "Fn::GetAtt": s.split(".") }) },
  ...FUNCTIONS.flatMap((f) => [
    { tag: `!${f}`, resolve: (s: string) => ({ [`Fn::${f}`]: s }) },
    {
      tag: `!${f}`,
      collection: "seq" as const,
      resolve: (s: { toJSON(): unknown }) => ({ [`Fn::${f}`]: s.toJSON() }),
    },
    {
      tag: `!${f}`,
      collection: "map" as const,
      resolve: (s: { toJSON(): unknown }) => ({ [`Fn::${f}`]: s.toJSON() }),
    },
  ]),
];

/** Parse a YAML template (short tags allowed). Throws InputError naming the file. */
export function parseCloudFormationYaml(text: string, file: string): unknown {
  try {
    return parseYaml(text, { customTags: CFN_TAGS });
  } catch (e) {
    throw new InputError(file, `not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Whether parsed JSON/YAML is a CloudFormation template. */
export function isCloudFormation(j: unknown): boolean {
  return isMapping(j as Value) && isMapping((j as Json).Resources);
}

/** Read a parsed template. */
export function readCloudFormation(
  j: unknown,
  file: string,
  format: "cloudformation-yaml" | "cloudformation-json",
): IacDocument {
  if (!isCloudFormation(j))
    throw new InputError(file, "expected a CloudFormation template with a Resources section");
  const t = j as Json;
  const ctx: Context = {
    parameters: isMapping(t.Parameters) ? t.Parameters : {},
    mappings: isMapping(t.Mappings) ? t.Mappings : {},
    resources: new Set(Object.keys(t.Resources as Json)),
  };
  const raws: RawResource[] = [];
  for (const [id, r] of Object.entries(t.Resources as Json)) {
    if (!isMapping(r) || typeof r.Type !== "string")
      throw new InputError(`${file}: ${id}`, "expected a resource with a Type");
    raws.push({ address: id, type: r.Type, file, attributes: resolve(r.Properties ?? {}, ctx) });
  }
  return documentOf(file, format, "cloudformation", raws);
}

interface Context {
  parameters: Json;
  mappings: Json;
  resources: ReadonlySet<string>;
}

const text = (v: Value): string => JSON.stringify(v);

/** Resolve intrinsic functions in a value, bottom-up. */
function resolve(v: Value, ctx: Context): Value {
  if (Array.isArray(v)) return v.map((x) => resolve(x, ctx));
  if (!isMapping(v)) return v;
  const keys = Object.keys(v);
  const only = keys.length === 1 ? (keys[0] as string) : undefined;
  if (only === "Ref") return ref(v.Ref as Value, ctx);
  if (only?.startsWith("Fn::")) return intrinsic(only, v[only] as Value, ctx, v);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x, ctx)]));
}

function ref(name: Value, ctx: Context): Value {
  if (typeof name !== "string")
    return new Unresolved(text({ Ref: name }), "Ref of something that is not a name");
  if (ctx.resources.has(name)) return new Ref(name);
  const p = ctx.parameters[name];
  if (isMapping(p)) {
    if (p.Default === undefined) return new Unresolved(`!Ref ${name}`, `parameter ${name} has no Default`);
    return p.Type === "Number" &&
      typeof p.Default === "string" &&
      p.Default.trim() !== "" &&
      Number.isFinite(Number(p.Default))
      ? Number(p.Default)
      : p.Default;
  }
  if (name.startsWith("AWS::"))
    return new Unresolved(
      `!Ref ${name}`,
      `pseudo parameter ${name} is known only when the stack is deployed`,
    );
  return new Unresolved(`!Ref ${name}`, `no parameter or resource named ${name}`);
}

function scalar(v: Value): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function intrinsic(fn: string, arg: Value, ctx: Context, whole: Value): Value {
  const unresolved = (reason: string) => new Unresolved(text(whole), reason);
  switch (fn) {
    case "Fn::GetAtt": {
      const target = Array.isArray(arg) ? arg[0] : typeof arg === "string" ? arg.split(".")[0] : undefined;
      return typeof target === "string" && ctx.resources.has(target)
        ? new Ref(target)
        : unresolved("Fn::GetAtt of an unknown resource");
    }
    case "Fn::Join": {
      const [delimiter, list] = Array.isArray(arg) ? arg : [];
      const items = resolve(list ?? null, ctx);
      if (typeof delimiter !== "string" || !Array.isArray(items))
        return unresolved("Fn::Join needs [delimiter, [values]]");
      if (!items.every(scalar))
        return unresolved("Fn::Join of a value that is not a literal or a parameter default");
      return items.map(String).join(delimiter);
    }
    case "Fn::Sub": {
      const [template, vars] = Array.isArray(arg) ? arg : [arg, {}];
      if (typeof template !== "string") return unresolved("Fn::Sub needs a string");
      const local = isMapping(vars) ? vars : {};
      let failed = "";
      const out = template.replace(/\$\{(!?)([^}]*)\}/g, (m, bang: string, name: string) => {
        if (bang) return `\${${name}}`;
        const v = name in local ? resolve(local[name] as Value, ctx) : ref(name, ctx);
        if (scalar(v)) return String(v);
        failed ||= v instanceof Unresolved ? v.reason : `\${${name}} is a resource attribute`;
        return m;
      });
      return failed ? unresolved(failed) : out;
    }
    case "Fn::FindInMap": {
      const args = resolve(arg, ctx);
      if (!Array.isArray(args) || !args.every(scalar)) return unresolved("Fn::FindInMap of unresolved keys");
      const [m, k1, k2] = args.map(String);
      const top = ctx.mappings[m as string];
      const second = isMapping(top) ? top[k1 as string] : undefined;
      const v = isMapping(second) ? second[k2 as string] : undefined;
      return v === undefined ? unresolved(`no ${k1}.${k2} in mapping ${m}`) : v;
    }
    default:
      return unresolved(`${fn} is not evaluated`);
  }
}
