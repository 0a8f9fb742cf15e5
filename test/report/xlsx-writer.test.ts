// The workbook writer's fast paths against what they replace (issue #14: same workbook, cheaper):
// - a table's rows written as XML into exceljs's streaming sheet (src/report/xlsx-rows.ts) give the
//   same bytes, part for part, as exceljs writing the same cells one by one (the code they replace);
// - charts added by editing the zip (src/report/zip-edit.ts) leave every other part's compressed
//   bytes as exceljs wrote them, and the edited parts as the whole-zip rewrite made them.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ReportTable } from "../../src/report/model.js";
import { addCharts, type ChartSpec } from "../../src/report/xlsx-chart.js";
import { linearNames } from "../../src/report/xlsx-names.js";
import { streamingSheet } from "../../src/report/xlsx-rows.js";
import { header, NUM_FMT, name, safeText, sheet, writeTable } from "../../src/report/xlsx-sheets.js";
import { readZip } from "../../src/report/zip-edit.js";

const dir = mkdtempSync(join(tmpdir(), "msk-xlsx-writer-"));

const TABLE: ReportTable = {
  name: "Sweep",
  title: "Sweep",
  columns: [
    { header: "ingress (MiB/s)", format: "mibps" },
    { header: "Standard monthly (USD)", format: "usd" },
    { header: "share", format: "fraction" },
    { header: "cheapest", format: "text" },
    { header: "hours", format: "hours" },
  ],
  rows: [
    [1, 341.9, 0.5, "express", 24],
    [1.25, null, 1e-7, '=HYPERLINK("http://evil","x")', 1e21],
    [-0, 208.55899999999997, 0, "standard\u0001tiered", -3.5],
    [],
    [2, 3, "true", "", "x".repeat(40_000)],
    // Longer than the header: the extra column is text-formatted, as the per-cell writer does.
    [3, 4, 5, "express", 6, 7, "extra"],
    [null, null, null, null, null],
  ],
};

/** The rows the way writeTable wrote them before the fast path: one exceljs cell at a time. */
function perCell(wb: ExcelJS.Workbook, t: ReportTable): void {
  const ws = sheet(
    wb,
    t.name,
    1,
    t.columns.map((c) => Math.max(12, Math.min(40, c.header.length + 4))),
  );
  header(
    ws,
    t.columns.map((c) => safeText(c.header)),
  );
  for (const r of t.rows) {
    const row = ws.addRow([]);
    for (let i = 0; i < r.length; i++) {
      const c = row.getCell(i + 1);
      const v = r[i] ?? null;
      if (typeof v === "number") {
        c.value = v;
        c.numFmt = NUM_FMT[t.columns[i]?.format ?? "text"];
      } else c.value = v === null ? "" : safeText(v);
    }
    row.commit();
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: t.rows.length + 1, column: t.columns.length } };
}

async function streamed(
  file: string,
  write: (wb: ExcelJS.Workbook) => void,
): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  // Fixed document dates (exceljs stamps now), so the two runs can be compared byte for byte.
  wb.created = wb.modified = new Date("2026-01-01T00:00:00Z");
  // A sheet before the table, so styles and shared strings already hold entries.
  const first = wb.addWorksheet("First");
  const r = first.addRow(["express", 12.5]);
  r.getCell(2).numFmt = NUM_FMT.usd;
  r.font = { bold: true };
  r.commit();
  write(wb as unknown as ExcelJS.Workbook);
  await wb.commit();
  return unzipSync(readFileSync(file));
}

describe("xlsx writer: table rows written as XML", () => {
  it("every part is byte-identical to exceljs writing the same cells one by one", async () => {
    const fast = await streamed(join(dir, "fast.xlsx"), (wb) => writeTable(wb, TABLE));
    const slow = await streamed(join(dir, "slow.xlsx"), (wb) => perCell(wb, TABLE));
    expect(Object.keys(fast)).toEqual(Object.keys(slow));
    for (const [name, bytes] of Object.entries(slow))
      expect(strFromU8(fast[name] as Uint8Array), name).toBe(strFromU8(bytes));
    // The fast path is the one taken: exceljs's streaming sheet is recognised once its header is written.
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, "probe.xlsx"),
      useSharedStrings: true,
    });
    const ws = sheet(wb as unknown as ExcelJS.Workbook, "Probe", 1, [12]);
    expect(streamingSheet(ws)).toBeUndefined();
    header(ws, ["a"]).commit();
    expect(streamingSheet(ws)).toBeDefined();
    const xml = strFromU8(fast["xl/worksheets/sheet2.xml"] as Uint8Array);
    expect(xml).toContain('<row r="8" spans="1:5"');
    expect(xml).not.toContain('<row r="5"');
    const strings = strFromU8(fast["xl/sharedStrings.xml"] as Uint8Array);
    expect(strings).toContain("[truncated: 40,000 characters");
    expect(strings).not.toContain("\u0001");
  });

  it("a table of more than 64 KiB of row XML (flushed in parts) is byte-identical too", async () => {
    const big: ReportTable = {
      ...TABLE,
      rows: Array.from({ length: 700 }, (_, i) => [i, i * 1.5, i / 700, `text ${i}`, i % 24]),
    };
    const fast = await streamed(join(dir, "big-fast.xlsx"), (wb) => writeTable(wb, big));
    const slow = await streamed(join(dir, "big-slow.xlsx"), (wb) => perCell(wb, big));
    const sheet = strFromU8(fast["xl/worksheets/sheet2.xml"] as Uint8Array);
    expect(sheet.length).toBeGreaterThan(64 * 1024);
    expect(sheet).toBe(strFromU8(slow["xl/worksheets/sheet2.xml"] as Uint8Array));
  });

  it("an in-memory workbook gets the same cells through exceljs's cell API", async () => {
    const a = new ExcelJS.Workbook();
    writeTable(a, TABLE);
    const b = new ExcelJS.Workbook();
    perCell(b, TABLE);
    const [fa, fb] = [join(dir, "mem-a.xlsx"), join(dir, "mem-b.xlsx")];
    await a.xlsx.writeFile(fa);
    await b.xlsx.writeFile(fb);
    const [za, zb] = [unzipSync(readFileSync(fa)), unzipSync(readFileSync(fb))];
    expect(strFromU8(za["xl/worksheets/sheet1.xml"] as Uint8Array)).toBe(
      strFromU8(zb["xl/worksheets/sheet1.xml"] as Uint8Array),
    );
  });
});

describe("xlsx writer: defined names", () => {
  it("the linear-time names give the same workbook, part for part, as exceljs's own", async () => {
    const named = (wb: ExcelJS.Workbook) => {
      for (const sheetName of ["Assumptions", "Standard tiered"]) {
        const ws = sheet(wb, sheetName, 1, [12, 12]);
        for (let i = 1; i <= 30; i++) {
          const row = ws.addRow([`input ${i}`, i]);
          name(row.getCell(2), `${sheetName.replace(/ /g, "_").toLowerCase()}_${i}`);
          if (i % 7 === 0) name(row.getCell(1), `label_${sheetName.length}_${i}`);
          row.commit();
        }
      }
    };
    const fast = await streamed(join(dir, "names-fast.xlsx"), (wb) => {
      linearNames(wb);
      named(wb);
    });
    const slow = await streamed(join(dir, "names-slow.xlsx"), named);
    for (const [part, bytes] of Object.entries(slow))
      expect(strFromU8(fast[part] as Uint8Array), part).toBe(strFromU8(bytes));
    const book = strFromU8(fast["xl/workbook.xml"] as Uint8Array);
    expect(book).toMatch(
      /<definedName name="standard_tiered_30">(&apos;|')Standard tiered(&apos;|')!\$B\$30<\/definedName>/,
    );
  });
});

const CHART: ChartSpec = {
  sheet: "Sweep",
  title: "Cost <per> option & more",
  kind: "bar",
  firstRow: 2,
  lastRow: 3,
  categoryColumn: "A",
  categories: ["1", "1.25"],
  series: [{ name: "Standard", column: "B", values: [341.9, null] }],
  from: { col: 7, row: 1 },
  to: { col: 14, row: 20 },
};

describe("xlsx writer: charts added by editing the zip", () => {
  it("copies every other part's compressed bytes, and edits or adds only the chart's parts", async () => {
    const file = join(dir, "chart.xlsx");
    await streamed(file, (wb) => writeTable(wb, TABLE));
    const before = readFileSync(file);
    const after = Buffer.from(addCharts(before, [CHART]));
    const [zb, za] = [readZip(before), readZip(after)];
    const edited = ["[Content_Types].xml", "xl/worksheets/sheet2.xml"];
    const added = [
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/drawings/mskchart1.xml",
      "xl/drawings/_rels/mskchart1.xml.rels",
      "xl/charts/mskchart1.xml",
    ];
    expect(za.entries.map((e) => e.name)).toEqual([...zb.entries.map((e) => e.name), ...added]);
    for (const e of zb.entries) {
      if (edited.includes(e.name)) continue;
      const n = za.entries.find((x) => x.name === e.name);
      // The compressed data, byte for byte (after its local header).
      const raw = (z: typeof za, x: typeof e) => {
        const start =
          x.offset + 30 + z.bytes.readUInt16LE(x.offset + 26) + z.bytes.readUInt16LE(x.offset + 28);
        return z.bytes.subarray(start, start + x.compressedSize);
      };
      expect(n, e.name).toBeDefined();
      expect(Buffer.compare(raw(za, n as typeof e), raw(zb, e)), e.name).toBe(0);
    }
    // Read back by an independent unzipper: untouched parts equal, edits exactly the chart's.
    const [ub, ua] = [unzipSync(before), unzipSync(after)];
    for (const name of Object.keys(ub))
      if (!edited.includes(name))
        expect(strFromU8(ua[name] as Uint8Array), name).toBe(strFromU8(ub[name] as Uint8Array));
    const sheetBefore = strFromU8(ub["xl/worksheets/sheet2.xml"] as Uint8Array);
    expect(strFromU8(ua["xl/worksheets/sheet2.xml"] as Uint8Array)).toBe(
      sheetBefore.replace("</worksheet>", '<drawing r:id="rIdMskChart1"/></worksheet>'),
    );
    expect(strFromU8(ua["[Content_Types].xml"] as Uint8Array)).toBe(
      strFromU8(ub["[Content_Types].xml"] as Uint8Array).replace(
        "</Types>",
        '<Override PartName="/xl/drawings/mskchart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/mskchart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
      ),
    );
    const chart = strFromU8(ua["xl/charts/mskchart1.xml"] as Uint8Array);
    expect(chart).toContain("<a:t>Cost &lt;per&gt; option &amp; more</a:t>");
    expect(chart).toContain("<c:f>'Sweep'!$B$2:$B$3</c:f>");
    // And exceljs reads the edited package back.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as never);
    expect(wb.getWorksheet("Sweep")?.getCell("B2").value).toBe(341.9);
  });

  it("refuses what it cannot edit with a clear error", () => {
    expect(() => addCharts(new Uint8Array(100), [CHART])).toThrow(/no end of central directory record/);
  });
});
