/**
 * The values readers hand to the resource mapper: plain JSON, plus two markers every format needs.
 * A {@link Ref} is a reference to another resource (Terraform `aws_msk_cluster.main.arn`,
 * CloudFormation `!Ref Cluster` / `!GetAtt Cluster.Arn`); an {@link Unresolved} is an expression the
 * reader could not evaluate (a function call, a variable without a default, a conditional), kept
 * with its text so the user is told which value was not resolved and why.
 */

export class Ref {
  constructor(
    /** Address of the referenced resource: `aws_msk_cluster.main`, or a CloudFormation logical id. */
    readonly address: string,
  ) {}
}

export class Unresolved {
  constructor(
    /** The expression as written, e.g. `${var.broker_count}` or `{"Fn::If": …}`. */
    readonly expression: string,
    /** Why it could not be resolved, in words. */
    readonly reason: string,
  ) {}
}

export type Value =
  | string
  | number
  | boolean
  | null
  | Ref
  | Unresolved
  | readonly Value[]
  | { readonly [key: string]: Value };

/** One step into a value: a key of a mapping or an index of a list. */
export type PathStep = string | number;

/**
 * The value at `path`, or undefined when a step is missing. Terraform blocks are lists of one
 * mapping (plan, state and HCL JSON alike); a string step applied to a list reads its first item,
 * so one path serves `broker_node_group_info.instance_type` whether a block is a list or a map.
 */
export function valueAt(root: Value | undefined, path: readonly PathStep[]): Value | undefined {
  let v: Value | undefined = root;
  for (const step of path) {
    if (Array.isArray(v)) {
      if (typeof step === "number") {
        v = v[step];
        continue;
      }
      v = v[0];
    }
    if (!isMapping(v)) return undefined;
    v = v[String(step)];
  }
  return v;
}

/** A plain mapping (not a list, not a marker). */
export function isMapping(v: Value | undefined): v is { readonly [key: string]: Value } {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Ref) &&
    !(v instanceof Unresolved)
  );
}

/** A value as one line of text for messages: markers show their expression. */
export function describeValue(v: Value | undefined): string {
  if (v instanceof Unresolved) return v.expression;
  if (v instanceof Ref) return `reference to ${v.address}`;
  return JSON.stringify(v) ?? "undefined";
}
