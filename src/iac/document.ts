/** Assemble an {@link IacDocument} from raw resources: classify each, gather unresolved values. */
import { classifyResource, type Dialect, type RawResource } from "./resources.js";
import type { IacDocument, IacFormat, IacResource, UnresolvedValue } from "./types.js";
import { isMapping, Unresolved, type Value } from "./value.js";

/** Every unresolved value in a resource's attributes, named by its dotted path. */
function unresolvedIn(address: string, v: Value, path: string, out: UnresolvedValue[]): void {
  if (v instanceof Unresolved) {
    out.push({ address, attribute: path, expression: v.expression, reason: v.reason });
    return;
  }
  const entries: [string, Value][] = Array.isArray(v)
    ? v.map((x, i) => [v.length === 1 ? "" : String(i), x] as [string, Value])
    : isMapping(v)
      ? Object.entries(v)
      : [];
  for (const [k, x] of entries) unresolvedIn(address, x, k === "" ? path : path ? `${path}.${k}` : k, out);
}

export function documentOf(
  file: string,
  format: IacFormat,
  dialect: Dialect,
  raws: readonly RawResource[],
  extra: { region?: string | undefined; resources?: IacResource[]; unresolved?: UnresolvedValue[] } = {},
): IacDocument {
  const resources: IacResource[] = [...(extra.resources ?? [])];
  const unresolved: UnresolvedValue[] = [...(extra.unresolved ?? [])];
  for (const raw of raws) {
    resources.push(classifyResource(raw, dialect).resource);
    unresolvedIn(raw.address, raw.attributes, "", unresolved);
  }
  const byAddress = (a: { address: string }, b: { address: string }) =>
    a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
  resources.sort(byAddress);
  unresolved.sort(byAddress);
  return { file, format, ...(extra.region ? { region: extra.region } : {}), resources, unresolved };
}
