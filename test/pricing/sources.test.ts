// The sources table (src/model/sources.ts) and how prices cite it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SQS_LIMITS } from "../../src/model/alternatives/sqs.js";
import {
  citedSources,
  citeInWords,
  citePrice,
  isSourceKey,
  SOURCES,
  type SourceKey,
} from "../../src/model/sources.js";
import { EC2_HOURLY, GP3_PRICES, KINESIS_PRICES, SQS_PRICES } from "../../src/pricing/alternatives/prices.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Price } from "../../src/pricing/catalog-schema.js";

const keys = Object.keys(SOURCES) as SourceKey[];

describe("sources table", () => {
  it("every entry has a title in words, a public https URL, what it supports and a date or null", () => {
    for (const k of keys) {
      const s = SOURCES[k];
      expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.url, k).toMatch(/^https:\/\/[^\s]+$/);
      expect(s.title.length, k).toBeGreaterThan(10);
      expect(s.short.length, k).toBeGreaterThan(5);
      expect(s.supports.length, k).toBeGreaterThan(5);
      if (s.read !== null) expect(s.read, k).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it("short titles are unique and none contains another (citedSources finds exactly what is cited)", () => {
    for (const a of keys)
      for (const b of keys)
        if (a !== b) expect(SOURCES[a].short.includes(SOURCES[b].short), `${a} ⊇ ${b}`).toBe(false);
  });

  it("citedSources recovers the entries named in text, in table order", () => {
    const text = `limit 1,000 partitions (${SOURCES["msk-quotas"].short}); see ${SOURCES["aws-msk-sizing-script"].short}`;
    expect(citedSources([text]).map((c) => c.key)).toEqual(["aws-msk-sizing-script", "msk-quotas"]);
    expect(citedSources(["no citation here"])).toEqual([]);
  });

  it("citePrice leads with the AWS-authored source and counts the others", () => {
    const c = citePrice(["infracost-msk", "aws-msk-sizing-script"], "us-east-1", "2026-08-21");
    expect(c.sourceKeys).toEqual(["aws-msk-sizing-script", "infracost-msk"]);
    expect(c.sourceUrl).toBe(SOURCES["aws-msk-sizing-script"].url);
    expect(c.source).toBe(
      `${SOURCES["aws-msk-sizing-script"].short} and 1 more source, us-east-1, as of 2026-08-21`,
    );
    expect(() => citePrice([], "us-east-1", "2026-08-21")).toThrow();
  });
});

/** Every price of the bundled catalog and of the alternatives' tables. */
function allPrices(): [string, Price][] {
  const out: [string, Price][] = [];
  for (const [r, prices] of Object.entries(bundledCatalog().regions))
    for (const [d, p] of Object.entries(prices)) out.push([`msk ${r} ${d}`, p]);
  for (const [r, t] of Object.entries(EC2_HOURLY))
    for (const [d, p] of Object.entries(t)) out.push([`ec2 ${r} ${d}`, p]);
  for (const [r, t] of Object.entries(GP3_PRICES))
    for (const [d, p] of Object.entries(t)) out.push([`gp3 ${r} ${d}`, p]);
  for (const [r, t] of Object.entries(KINESIS_PRICES))
    for (const [d, p] of Object.entries(t)) out.push([`kinesis ${r} ${d}`, p]);
  for (const [r, t] of Object.entries(SQS_PRICES))
    for (const tier of [...(t.standard ?? []), ...(t.fifo ?? [])])
      out.push([`sqs ${r} ${tier.fromRequests}`, tier.price]);
  return out;
}

describe("the code cites sources through the table, never a typed copy", () => {
  it("no source's short title is written out in code outside src/model/sources.ts (comments aside)", () => {
    const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && f !== join("model", "sources.ts"),
    );
    expect(files.length).toBeGreaterThan(50);
    const typed: string[] = [];
    for (const f of files) {
      const code = readFileSync(join("src", f), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      for (const k of keys) if (code.includes(SOURCES[k].short)) typed.push(`${f}: ${SOURCES[k].short}`);
    }
    expect(typed).toEqual([]);
  });

  it("citeInWords joins several sources with '; ', as the model's facts show them", () => {
    expect(citeInWords("sqs-quotas", "sqs-batch")).toBe(
      `${SOURCES["sqs-quotas"].short}; ${SOURCES["sqs-batch"].short}`,
    );
    expect(SQS_LIMITS.source).toBe("Amazon SQS message quotas page; Amazon SQS batch actions page");
  });
});

describe("every bundled price cites the sources table", () => {
  it("has source keys from the table, its first source's URL, a status in words and a source in words", () => {
    for (const [where, p] of allPrices()) {
      expect(p.sourceKeys?.length, where).toBeGreaterThan(0);
      for (const k of p.sourceKeys ?? []) expect(isSourceKey(k), `${where}: ${k}`).toBe(true);
      expect(p.sourceUrl, where).toBe(SOURCES[(p.sourceKeys as SourceKey[])[0] as SourceKey].url);
      expect(p.status, where).toMatch(/^(published by AWS|confirmed by two sources|one secondary source)$/);
      expect(p.source, where).toContain(SOURCES[(p.sourceKeys as SourceKey[])[0] as SourceKey].short);
    }
  });

  it("a price confirmed by two sources cites at least two", () => {
    for (const [where, p] of allPrices())
      if (p.status === "confirmed by two sources")
        expect(p.sourceKeys?.length, where).toBeGreaterThanOrEqual(2);
  });
});
