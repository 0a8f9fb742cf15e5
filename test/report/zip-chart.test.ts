// The zip editor and the chart parts at library level (src/report/zip-edit.ts, xlsx-chart.ts,
// xlsx-rows.ts, xlsx-names.ts): zips made by an independent writer (fflate) with stored and
// deflated entries, extra fields, comments and a central directory out of data order; every
// format the editor refuses, with its message; the chart XML a reader renders (series, colours,
// labels, legend, gaps, escaping); the drawing placed where the worksheet schema wants it.
import ExcelJS from "exceljs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { addCharts, type ChartSpec } from "../../src/report/xlsx-chart.js";
import { linearNames } from "../../src/report/xlsx-names.js";
import { columnLetters, streamingSheet } from "../../src/report/xlsx-rows.js";
import { editZip, entryData, readZip } from "../../src/report/zip-edit.js";

const enc = (s: string) => new TextEncoder().encode(s);

/** A zip by fflate: a stored entry with an extra field and a comment, a deflated one with a comment. */
function sample(): Buffer {
  return Buffer.from(
    zipSync({
      "a.txt": [
        enc("hello hello hello"),
        {
          level: 0,
          extra: { 21589 /* 0x5455, extended timestamp */: new Uint8Array([1, 2, 3, 4, 5]) },
          comment: "c1",
        },
      ],
      "dir/b.txt": [enc("bbbb bbbb bbbb bbbb bbbb"), { level: 6, comment: "second entry" }],
      "c.xml": [enc("<c/>"), { level: 6 }],
    }),
  );
}

describe("zip editor", () => {
  it("reads every entry (stored and deflated, with extra fields and comments); editing nothing gives the same bytes", () => {
    const z = sample();
    const zip = readZip(z);
    expect(zip.entries.map((e) => [e.name, e.method])).toEqual([
      ["a.txt", 0],
      ["dir/b.txt", 8],
      ["c.xml", 8],
    ]);
    expect(zip.entries.map((e) => entryData(zip, e).toString("utf8"))).toEqual([
      "hello hello hello",
      "bbbb bbbb bbbb bbbb bbbb",
      "<c/>",
    ]);
    expect(Buffer.compare(editZip(zip, new Map(), []), z)).toBe(0);
  });

  it("replaces and adds entries; the new ones carry the package's timestamp; an independent reader agrees", () => {
    const z = sample();
    const zip = readZip(z);
    const out = editZip(zip, new Map([["dir/b.txt", "replaced ünïcode"]]), [["new/d.txt", "added"]]);
    expect(unzipSync(out)).toEqual({
      "a.txt": enc("hello hello hello"),
      "dir/b.txt": enc("replaced ünïcode"),
      "c.xml": enc("<c/>"),
      "new/d.txt": enc("added"),
    });
    const again = readZip(out);
    const stamp = zip.entries[0]?.central.readUInt32LE(12);
    expect(stamp).not.toBe(0);
    for (const e of again.entries.slice(1)) expect(e.central.readUInt32LE(12), e.name).toBe(stamp);
    // The end record: 4 entries, the directory's size and offset.
    const end = out.subarray(out.length - 22);
    expect([end.readUInt16LE(8), end.readUInt16LE(10)]).toEqual([4, 4]);
    expect(end.readUInt32LE(16)).toBe(again.cdOffset);
    expect(end.readUInt32LE(12)).toBe(out.length - 22 - again.cdOffset);
    // An empty package: entries added with a zero timestamp.
    const empty = Buffer.from(zipSync({}));
    expect(empty.length).toBe(22);
    expect(readZip(empty).entries).toEqual([]);
    const one = editZip(readZip(empty), new Map(), [["x", "y"]]);
    expect(unzipSync(one)).toEqual({ x: enc("y") });
    expect(readZip(one).entries[0]?.central.readUInt32LE(12)).toBe(0);
  });

  it("copies each entry from its own data when the directory lists them out of order", () => {
    const z = sample();
    const zip = readZip(z);
    const shuffled = {
      ...zip,
      entries: [zip.entries[2], zip.entries[0], zip.entries[1]] as typeof zip.entries,
    };
    const out = editZip(shuffled, new Map(), []);
    expect(out.length).toBe(z.length);
    expect(unzipSync(out)).toEqual(unzipSync(z));
    // Read back, the directory keeps the given order and each entry its data.
    const back = readZip(out);
    expect(back.entries.map((e) => e.name)).toEqual(["c.xml", "a.txt", "dir/b.txt"]);
    expect(back.entries.map((e) => entryData(back, e).toString())).toEqual([
      "<c/>",
      "hello hello hello",
      "bbbb bbbb bbbb bbbb bbbb",
    ]);
  });

  it("finds the end record behind the longest comment a zip may carry (65,535 bytes)", () => {
    const z = sample();
    const withComment = Buffer.concat([z, Buffer.alloc(0xffff, 0x41)]);
    withComment.writeUInt16LE(0xffff, z.length - 22 + 20);
    expect(readZip(withComment).entries.map((e) => e.name)).toEqual(["a.txt", "dir/b.txt", "c.xml"]);
    // One byte more and the record is out of reach.
    const tooLong = Buffer.concat([z, Buffer.alloc(0x10000, 0x41)]);
    expect(() => readZip(tooLong)).toThrow(
      "xlsx: cannot edit the workbook's zip package: no end of central directory record",
    );
  });

  it("refuses what it cannot edit, saying what", () => {
    const bad = (edit: (b: Buffer, zip: ReturnType<typeof readZip>) => void) => {
      const b = Buffer.from(sample());
      edit(b, readZip(b));
      return () => {
        const zip = readZip(b);
        for (const e of zip.entries) entryData(zip, e);
      };
    };
    const end = (b: Buffer) => b.length - 22;
    const msg = (s: string) => `xlsx: cannot edit the workbook's zip package: ${s}`;
    expect(bad((b) => b.writeUInt16LE(0xffff, end(b) + 10))).toThrow(msg("ZIP64 is not supported"));
    expect(bad((b) => b.writeUInt32LE(0xffffffff, end(b) + 16))).toThrow(msg("ZIP64 is not supported"));
    expect(bad((b, z) => b.writeUInt32LE(0, z.cdOffset + (z.entries[0]?.central.length ?? 0)))).toThrow(
      msg("bad central directory record 1"),
    );
    expect(bad((b, z) => b.writeUInt16LE(1, z.cdOffset + 8))).toThrow(
      msg("encrypted entries are not supported"),
    );
    expect(bad((b, z) => b.writeUInt32LE(0, z.entries[1]?.offset ?? 0))).toThrow(
      msg("bad local header for dir/b.txt"),
    );
    expect(bad((b, z) => b.writeUInt16LE(12, z.cdOffset + (z.entries[0]?.central.length ?? 0) + 10))).toThrow(
      msg("compression method 12 of dir/b.txt is not supported"),
    );
  });
});

/** A small workbook from exceljs: "Data" (with a table part) and "O'Brien & co". */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet("Data");
  data.addTable({
    name: "T1",
    ref: "A1",
    columns: [{ name: "month" }, { name: "cost" }],
    rows: [
      [1, 10],
      [2, 20],
    ],
  });
  const other = wb.addWorksheet("O'Brien & co");
  other.addRow(["a", 1]);
  // Characters that mean something in a pattern: the name must match as written, not as "ab".
  wb.addWorksheet("ab");
  wb.addWorksheet("a(b)+");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const spec = (over: Partial<ChartSpec>): ChartSpec => ({
  sheet: "Data",
  title: 'Cost "per" <option> & more',
  kind: "bar",
  firstRow: 2,
  lastRow: 3,
  categoryColumn: "A",
  categories: ['a"1', "b<2"],
  series: [{ name: "S&1", column: "B", values: [10, null] }],
  from: { col: 3, row: 1 },
  to: { col: 9, row: 15 },
  ...over,
});

describe("charts", () => {
  it("a bar chart: values labelled in dollars, one colour, no legend for one series, gaps for blanks, text escaped", async () => {
    const out = unzipSync(addCharts(await workbook(), [spec({})]));
    const chart = strFromU8(out["xl/charts/mskchart1.xml"] as Uint8Array);
    expect(chart).toContain(
      '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>S&amp;1</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls><c:cat><c:strRef><c:f>&apos;Data&apos;!$A$2:$A$3</c:f>'.replace(
        /&apos;/g,
        "'",
      ),
    );
    expect(chart).toContain(
      '<c:strCache><c:ptCount val="2"/><c:pt idx="0"><c:v>a&quot;1</c:v></c:pt><c:pt idx="1"><c:v>b&lt;2</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>\'Data\'!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>10</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>',
    );
    expect(chart).toContain(
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser>',
    );
    expect(chart).toContain(
      '</c:ser><c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>',
    );
    expect(chart).toContain("<a:t>Cost &quot;per&quot; &lt;option&gt; &amp; more</a:t>");
    expect(chart).not.toContain("<c:legend>");
    expect(chart).not.toContain("<c:smooth");
    expect(chart).toContain(
      '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
    );
    const drawing = strFromU8(out["xl/drawings/mskchart1.xml"] as Uint8Array);
    expect(drawing).toContain(
      "<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row>",
    );
    expect(strFromU8(out["xl/drawings/_rels/mskchart1.xml.rels"] as Uint8Array)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/mskchart1.xml"/></Relationships>',
    );
    // The drawing goes before the table part (the worksheet schema's order), in the sheet's existing rels.
    const sheet = strFromU8(out["xl/worksheets/sheet1.xml"] as Uint8Array);
    expect(sheet).toMatch(/<drawing r:id="rIdMskChart1"\/><tableParts/);
    const rels = strFromU8(out["xl/worksheets/_rels/sheet1.xml.rels"] as Uint8Array);
    expect(rels).toContain("/table");
    expect(rels).toContain(
      '<Relationship Id="rIdMskChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/mskchart1.xml"/></Relationships>',
    );
  });

  it("line charts on two sheets: colours in turn, a legend, smooth off, a quoted sheet name, content types for both", async () => {
    const series = Array.from({ length: 10 }, (_, i) => ({
      name: `s${i}`,
      column: "B",
      values: [i, i + 0.5],
    }));
    const out = unzipSync(
      addCharts(await workbook(), [
        spec({ kind: "line", series }),
        spec({ sheet: "O'Brien & co", kind: "line", series: series.slice(0, 2), categories: ["x", "y"] }),
      ]),
    );
    const chart = strFromU8(out["xl/charts/mskchart1.xml"] as Uint8Array);
    expect(chart).toContain(
      '<c:ser><c:idx val="1"/><c:order val="1"/><c:tx><c:v>s1</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="ED7D31"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker><c:cat>',
    );
    expect(chart).toContain(
      '<c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>1.5</c:v></c:pt></c:numCache></c:numRef></c:val><c:smooth val="0"/></c:ser>',
    );
    // Nine colours, then round again: the tenth series is the first's blue.
    expect(chart).toContain(
      '<c:tx><c:v>s8</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="636363"/>',
    );
    expect(chart).toContain(
      '<c:tx><c:v>s9</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="4472C4"/>',
    );
    expect(chart).toContain('<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser>');
    // Series follow one another directly.
    expect(chart).toContain('<c:smooth val="0"/></c:ser><c:ser><c:idx val="1"/>');
    expect(chart).toContain(
      '</c:ser><c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>',
    );
    expect(chart).toContain(
      '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly',
    );
    expect(chart).not.toContain("<c:dLbls>");
    expect(chart).not.toContain("invertIfNegative");
    const second = strFromU8(out["xl/charts/mskchart2.xml"] as Uint8Array);
    expect(second).toContain("<c:f>'O''Brien &amp; co'!$A$2:$A$3</c:f>");
    // The second sheet had no relationships: a new rels part with the drawing only.
    expect(strFromU8(out["xl/worksheets/_rels/sheet2.xml.rels"] as Uint8Array)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdMskChart2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/mskchart2.xml"/></Relationships>',
    );
    expect(strFromU8(out["xl/worksheets/sheet2.xml"] as Uint8Array)).toMatch(
      /<drawing r:id="rIdMskChart2"\/><\/worksheet>$/,
    );
    const types = strFromU8(out["[Content_Types].xml"] as Uint8Array);
    for (const k of [1, 2]) {
      expect(types).toContain(`<Override PartName="/xl/drawings/mskchart${k}.xml"`);
      expect(types).toContain(`<Override PartName="/xl/charts/mskchart${k}.xml"`);
    }
    // exceljs reads the package back.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(addCharts(await workbook(), [spec({})]) as never);
    expect(wb.getWorksheet("Data")?.getCell("B3").value).toBe(20);
  });

  it("a sheet part without the r namespace gets it; targets written absolute or attributes in another order are found", async () => {
    const base = await workbook();
    const zip = readZip(Buffer.from(base));
    const text = (p: string) => entryData(zip, zip.entries.find((e) => e.name === p) as never).toString();
    const sheet2 = text("xl/worksheets/sheet2.xml").replace(/ xmlns:r="[^"]*"/, "");
    expect(sheet2).not.toContain("xmlns:r=");
    const rels = text("xl/_rels/workbook.xml.rels").replace(
      /<Relationship Id="(rId\d+)" Type="([^"]+)" Target="worksheets\/sheet2.xml"\/>/,
      '<Relationship Target="/xl/worksheets/sheet2.xml" Type="$2" Id="$1"/>',
    );
    expect(rels).toContain('Target="/xl/worksheets/sheet2.xml"');
    const edited = editZip(
      zip,
      new Map([
        ["xl/worksheets/sheet2.xml", sheet2],
        ["xl/_rels/workbook.xml.rels", rels],
      ]),
      [],
    );
    const out = unzipSync(addCharts(edited, [spec({ sheet: "O'Brien & co" })]));
    const xml = strFromU8(out["xl/worksheets/sheet2.xml"] as Uint8Array);
    // Added to the worksheet element itself, after the XML declaration.
    expect(xml).toMatch(
      /^<\?xml [^>]*\?>\s*<worksheet xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships" /,
    );
    expect(xml).toContain('<drawing r:id="rIdMskChart1"/></worksheet>');
    expect(out["xl/worksheets/_rels/sheet2.xml.rels"]).toBeDefined();
  });

  it("a sheet named with an apostrophe or pattern characters is found by its name (a latent bug until 2026-11-30)", async () => {
    const out = unzipSync(addCharts(await workbook(), [spec({ sheet: "a(b)+" })]));
    expect(strFromU8(out["xl/worksheets/sheet4.xml"] as Uint8Array)).toContain(
      '<drawing r:id="rIdMskChart1"/>',
    );
    expect(strFromU8(out["xl/worksheets/sheet3.xml"] as Uint8Array)).not.toContain("<drawing");
    expect(strFromU8(out["xl/charts/mskchart1.xml"] as Uint8Array)).toContain("<c:f>'a(b)+'!$A$2:$A$3</c:f>");
  });

  it("refuses a sheet that is not there, or has no part", async () => {
    const base = await workbook();
    expect(() => addCharts(base, [spec({ sheet: "Nope" })])).toThrow("xlsx: no sheet named Nope");
    const zip = readZip(Buffer.from(base));
    const relsEntry = zip.entries.find((e) => e.name === "xl/_rels/workbook.xml.rels");
    const rels = entryData(zip, relsEntry as never)
      .toString()
      .replace(/<Relationship [^>]*Target="worksheets\/sheet1.xml"\/>/, "");
    const broken = editZip(zip, new Map([["xl/_rels/workbook.xml.rels", rels]]), []);
    expect(() => addCharts(broken, [spec({})])).toThrow("xlsx: no part for sheet Data");
    const noBook = editZip(
      { ...zip, entries: zip.entries.filter((e) => e.name !== "xl/workbook.xml") },
      new Map(),
      [],
    );
    expect(() => addCharts(noBook, [spec({})])).toThrow("xlsx: missing part xl/workbook.xml");
  });
});

describe("streaming writer internals", () => {
  it("column letters: Z, AA, AZ, ZZ, AAA", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("only exceljs's streaming sheet with its header committed and nothing pending takes the fast path", () => {
    const ok = () => ({
      useSharedStrings: true,
      startedData: true,
      _rows: [] as unknown[],
      stream: { write: () => true },
      workbook: { styles: { addStyleModel: () => 0 }, sharedStrings: { add: () => 0 } },
    });
    const s = ok();
    expect(streamingSheet(s as never)).toBe(s);
    const variants: Record<string, (o: ReturnType<typeof ok>) => void> = {
      "no shared strings": (o) => {
        o.useSharedStrings = false;
      },
      "rows pending": (o) => {
        o._rows.push({});
      },
      "no workbook": (o) => {
        (o as { workbook?: unknown }).workbook = undefined;
      },
      "no styles": (o) => {
        (o.workbook as { styles?: unknown }).styles = undefined;
      },
      "no shared string table": (o) => {
        (o.workbook as { sharedStrings?: unknown }).sharedStrings = undefined;
      },
      "no stream": (o) => {
        (o as { stream?: unknown }).stream = undefined;
      },
      "no write": (o) => {
        (o.stream as { write?: unknown }).write = 1;
      },
    };
    for (const [what, change] of Object.entries(variants)) {
      const o = ok();
      change(o);
      expect(streamingSheet(o as never), what).toBeUndefined();
    }
    const mem = new ExcelJS.Workbook().addWorksheet("x");
    expect(streamingSheet(mem)).toBeUndefined();
  });

  it("linear names replace exceljs's list only on a streaming writer; a name on two cells falls back to exceljs's own", () => {
    const plain = {} as ExcelJS.Workbook;
    linearNames(plain);
    expect(plain).toEqual({});
    const odd = { _definedNames: { addEx: 1 } };
    linearNames(odd as never);
    expect(odd._definedNames).toEqual({ addEx: 1 });
    const seen: [unknown, string][] = [];
    const original = {
      addEx: (l: unknown, n: string) => void seen.push([l, n]),
      model: [{ name: "exceljs", ranges: ["its own"] }],
    };
    const wb = { _definedNames: original } as {
      _definedNames: { addEx(l: object, n: string): void; model: unknown };
    };
    linearNames(wb as never);
    expect(wb._definedNames).not.toBe(original);
    const at = (sheetName: string, row: number, col: number) => ({ sheetName, address: "", row, col });
    wb._definedNames.addEx(at("Assumptions", 3, 2), "hours");
    wb._definedNames.addEx(at("Standard tiered", 12, 28), "brokers");
    expect(wb._definedNames.model).toEqual([
      { name: "hours", ranges: ["Assumptions!$B$3"] },
      { name: "brokers", ranges: ["'Standard tiered'!$AB$12"] },
    ]);
    expect(seen).toEqual([]);
    // The same name on a second cell: every cell handed to exceljs, whose list is used.
    wb._definedNames.addEx(at("Assumptions", 4, 2), "hours");
    expect(wb._definedNames.model).toEqual([{ name: "exceljs", ranges: ["its own"] }]);
    expect(seen.map(([l, n]) => [n, (l as { row: number }).row])).toEqual([
      ["hours", 3],
      ["hours", 4],
      ["brokers", 12],
    ]);
  });
});
