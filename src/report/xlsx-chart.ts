/**
 * A native column chart of cost per option on the Summary sheet. exceljs has no chart API, so
 * after exceljs writes the xlsx we add the DrawingML chart part to the zip (src/report/zip-edit.ts:
 * the other parts are copied compressed as they are, so a 100,000-row sheet is not deflated twice):
 * the chart XML, a drawing that anchors it, the relationships, and the content types (ECMA-376 Part 1,
 * section 21.2 charts, section 20.5 spreadsheet drawing). The chart references the Summary's monthly-cost cells
 * and carries their cached values, so it renders in Excel and LibreOffice without recalculation.
 */
import { editZip, entryData, readZip } from "./zip-edit.js";

export interface ChartSeries {
  name: string;
  /** Column of the values (rows firstRow..lastRow). */
  column: string;
  /** Cached values (null: blank, e.g. an infeasible month). */
  values: (number | null)[];
}

export interface ChartSpec {
  /** Sheet holding the data and the chart (its xml part is found through the workbook's relationships). */
  sheet: string;
  title: string;
  /** Column chart (cost per option) or line chart (cost over time). */
  kind: "bar" | "line";
  /** 1-based rows of the categories (`categoryColumn`) and the series' values. */
  firstRow: number;
  lastRow: number;
  categoryColumn: string;
  categories: string[];
  series: ChartSeries[];
  /** Anchor: zero-based column and row of the top-left and bottom-right corners. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The package's parts as text, read on first use; edits are kept until the zip is rewritten. */
interface Parts {
  text(path: string): string;
  has(path: string): boolean;
  put(path: string, text: string): void;
}

/** Add the charts (at most one per sheet) to an xlsx file's bytes; returns the new bytes. */
export function addCharts(xlsx: Uint8Array, specs: readonly ChartSpec[]): Uint8Array {
  const zip = readZip(Buffer.from(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength));
  const inZip = new Map(zip.entries.map((e) => [e.name, e]));
  const out = new Map<string, string>();
  const parts: Parts = {
    text(path) {
      const edited = out.get(path);
      if (edited !== undefined) return edited;
      const e = inZip.get(path);
      if (!e) throw new Error(`xlsx: missing part ${path}`);
      return entryData(zip, e).toString("utf8");
    },
    has: (path) => out.has(path) || inZip.has(path),
    put: (path, text) => void out.set(path, text),
  };
  specs.forEach((spec, i) => {
    addChartParts(parts, spec, i + 1);
  });
  const replace = new Map([...out].filter(([p]) => inZip.has(p)));
  return editZip(
    zip,
    replace,
    [...out].filter(([p]) => !inZip.has(p)),
  );
}

function addChartParts(parts: Parts, spec: ChartSpec, k: number): void {
  const text = parts.text;
  const sheetPath = sheetPart(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"), spec.sheet);
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
  let rels = parts.has(relsPath)
    ? text(relsPath)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const rId = `rIdMskChart${k}`;
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="${rId}" Type="${REL_DRAWING}" Target="../drawings/mskchart${k}.xml"/></Relationships>`,
  );
  parts.put(relsPath, rels);

  // <drawing> goes after pageSetup/headerFooter and before legacyDrawing/tableParts/extLst (CT_Worksheet order).
  let sheetXml = text(sheetPath);
  const drawing = `<drawing r:id="${rId}"/>`;
  const before = sheetXml.search(
    /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/,
  );
  sheetXml =
    before >= 0
      ? sheetXml.slice(0, before) + drawing + sheetXml.slice(before)
      : sheetXml.replace("</worksheet>", `${drawing}</worksheet>`);
  if (!sheetXml.includes(`xmlns:r="${NS_R}"`))
    sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
  parts.put(sheetPath, sheetXml);

  parts.put(`xl/drawings/mskchart${k}.xml`, drawingXml(spec));
  parts.put(
    `xl/drawings/_rels/mskchart${k}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/mskchart${k}.xml"/></Relationships>`,
  );
  parts.put(`xl/charts/mskchart${k}.xml`, chartXml(spec));
  parts.put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/xl/drawings/mskchart${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/mskchart${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
}

function sheetPart(workbookXml: string, relsXml: string, sheet: string): string {
  // The name as exceljs writes it in the XML (an apostrophe as &apos;), then as a literal pattern.
  const xmlName = esc(sheet)
    .replace(/'/g, "&apos;")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`<sheet [^>]*name="${xmlName}"[^>]*r:id="([^"]+)"`).exec(workbookXml);
  if (!m) throw new Error(`xlsx: no sheet named ${sheet}`);
  const rel =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(relsXml) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(relsXml);
  if (!rel?.[1]) throw new Error(`xlsx: no part for sheet ${sheet}`);
  const target = rel[1].replace(/^\/?xl\//, "");
  return `xl/${target}`;
}

function drawingXml(s: ChartSpec): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${s.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${s.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${s.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${s.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Cost per option"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

const COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363"];

function chartXml(s: ChartSpec): string {
  const ref = (col: string) => `'${s.sheet.replace(/'/g, "''")}'!$${col}$${s.firstRow}:$${col}$${s.lastRow}`;
  const n = s.categories.length;
  const cats = s.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join("");
  const bar = s.kind === "bar";
  const labels = bar
    ? `<c:dLbls><c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : "";
  const series = s.series
    .map((ser, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const pts = ser.values
        .map((v, j) => (v === null ? "" : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`))
        .join("");
      const look = bar
        ? `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
        : `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(ser.name)}</c:v></c:tx>${look}${labels}<c:cat><c:strRef><c:f>${esc(ref(s.categoryColumn))}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(ref(ser.column))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>${pts}</c:numCache></c:numRef></c:val>${bar ? "" : '<c:smooth val="0"/>'}</c:ser>`;
    })
    .join("");
  const plot = bar
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>`;
  const legend = s.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${esc(s.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>USD per month</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:numFmt formatCode="&quot;$&quot;#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}
