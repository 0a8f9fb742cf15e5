// The one workload field table (src/model/workload-table.ts, issue #15) generates the workload
// file's schema, the workload flags and the simulator's fields: each derived view holds exactly
// the table's rows, with the table's words and limits.
import { describe, expect, it } from "vitest";
import { kebab, WORKLOAD_FLAGS } from "../../src/cli/plan-flags.js";
import { CLUSTER_FIELDS, readClusterValue, STREAM_FIELDS } from "../../src/model/workload-fields.js";
import { parseWorkload, workloadJsonSchema } from "../../src/model/workload-schema.js";
import { type FieldRow, flagName, rowsOf, WORKLOAD_TABLE } from "../../src/model/workload-table.js";

const rows = WORKLOAD_TABLE as readonly FieldRow[];

interface JsonObject {
  properties: Record<string, { description?: string; properties?: unknown; items?: unknown }>;
  required?: string[];
}

/** The JSON Schema object at a dotted path of object properties (`targets.maxUtilisation`). */
function objectAt(schema: JsonObject, path: string[]): JsonObject {
  let o = schema;
  for (const k of path) {
    const p = o.properties[k] as unknown as JsonObject & { anyOf?: JsonObject[] };
    o = p.anyOf ? (p.anyOf.find((x) => "properties" in x) as JsonObject) : p;
  }
  return o;
}

describe("the workload field table", () => {
  it("names every field once", () => {
    const names = rows.map((r) => `${r.scope}:${r.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("generates the workload file's schema: its fields, required fields and descriptions", () => {
    const root = workloadJsonSchema() as unknown as JsonObject;
    const stream = (root.properties.streams as unknown as { items: JsonObject }).items;
    const check = (o: JsonObject, expected: FieldRow[], prefix: string, extra: string[] = []) => {
      const own = expected.filter((r) => !r.name.slice(prefix.length).includes("."));
      const nested = [
        ...new Set(expected.map((r) => r.name.slice(prefix.length)).filter((n) => n.includes("."))),
      ].map((n) => n.slice(0, n.indexOf(".")));
      expect(Object.keys(o.properties).sort(), prefix || "root").toEqual(
        [...own.map((r) => r.name.slice(prefix.length)), ...new Set(nested), ...extra].sort(),
      );
      for (const r of own)
        expect(o.properties[r.name.slice(prefix.length)]?.description, r.name).toBe(r.schema);
      expect((o.required ?? []).filter((k) => k !== "streams").sort(), `${prefix} required`).toEqual(
        own.filter((r) => r.required).map((r) => r.name.slice(prefix.length)),
      );
      for (const n of new Set(nested))
        check(
          objectAt(o, [n]),
          expected.filter((r) => r.name.startsWith(`${prefix}${n}.`)),
          `${prefix}${n}.`,
        );
    };
    check(root, rowsOf("cluster"), "", ["streams"]);
    check(stream, rowsOf("stream"), "");
  });

  it("generates the workload flags: one per row with a flag, its help, scope and type", () => {
    const flagged = rows.filter((r) => r.flag !== undefined);
    expect(Object.keys(WORKLOAD_FLAGS)).toEqual(flagged.map(flagName));
    for (const r of flagged) {
      const f = WORKLOAD_FLAGS[flagName(r)];
      expect(f?.describe, r.name).toBe(r.flag);
      expect(f?.type, r.name).toBe(r.input === "boolean" ? "boolean" : "string");
      expect(f?.scope, r.name).toBe(
        r.scope === "stream" ? "stream" : r.name.startsWith("targets.") ? "targets" : "cluster",
      );
    }
    expect(kebab("targets.storageHeadroom".split(".")[1] as string)).toBe("storage-headroom");
  });

  it("generates the simulator's fields, in table order, each reaching a number of the parsed workload", () => {
    const simulated = (scope: FieldRow["scope"]) => rowsOf(scope).filter((r) => r.simulate);
    expect(Object.keys(STREAM_FIELDS)).toEqual(simulated("stream").map((r) => r.name));
    expect(Object.keys(CLUSTER_FIELDS)).toEqual(simulated("cluster").map((r) => r.name));
    const w = parseWorkload({ streams: [{ name: "s", ingress: "1 MiB/s", partitions: 3 }] });
    const s = w.streams[0] as unknown as Record<string, unknown>;
    for (const [name, f] of Object.entries(STREAM_FIELDS)) {
      expect(f.scope).toBe("stream");
      if (f.canonical !== undefined) expect(typeof s[f.canonical], name).toBe("number");
    }
    for (const [name, f] of Object.entries(CLUSTER_FIELDS)) {
      expect(f.scope).toBe("cluster");
      expect(typeof readClusterValue(w, f), name).toBe("number");
    }
    // The one field the simulator sets without a canonical twin: messagesPerSec (it becomes ingress).
    expect(
      Object.entries(STREAM_FIELDS)
        .filter(([, f]) => f.canonical === undefined)
        .map(([n]) => n),
    ).toEqual(["messagesPerSec"]);
  });
});
