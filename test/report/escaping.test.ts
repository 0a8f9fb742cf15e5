// Text from input in CSV and Markdown (issue #18 item 8): CSV neutralises any cell a spreadsheet
// would read as a formula — first non-space character =, +, -, @, tab, CR or their full-width
// forms — and Markdown escapes CR and link/image syntax in user text.
import { describe, expect, it } from "vitest";
import { csvField } from "../../src/report/csv.js";
import { cell } from "../../src/report/markdown.js";

describe("CSV neutralisation", () => {
  it.each([
    ["=1+2"],
    ["+1"],
    ["-1+A1"],
    ["@SUM(A1)"],
    ["\t=1"],
    ["\r=1"],
    ["  =1"], // spaces first
    ["\u00a0=1"], // a no-break space first
    ["\u3000=1"], // an ideographic space first
    ["＝1+2"], // full-width =
    ["＋1"],
    ["－1"],
    ["＠SUM(A1)"],
    [" ＝1"],
  ])("%j starts with a quote", (text) => {
    expect(csvField(text).replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it.each([["orders"], ["a=b"], ["1-2"], ["x@y"], ["（=）"]])("%j is left as it is", (text) => {
    expect(csvField(text)).toBe(text);
  });
  it("a neutralised cell holding a quote, comma or line break is still quoted (RFC 4180)", () => {
    expect(csvField('=a,"b"')).toBe(`"'=a,""b"""`);
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
  });
});

describe("Markdown escaping of user text", () => {
  it("a lone CR, LF, CRLF and the Unicode line separators become spaces: one table row stays one row", () => {
    expect(cell("a\rb\nc\r\nd\u2028e\u2029f", "text")).toBe("a b c d e f");
  });
  it("link and image syntax never renders: brackets escaped", () => {
    expect(cell("[click](https://evil.example)", "text")).toBe("\\[click\\](https://evil.example)");
    expect(cell("![x](https://evil.example/p.png)", "text")).toBe("!\\[x\\](https://evil.example/p.png)");
  });
  it("pipes and HTML cannot break the table", () => {
    expect(cell("a|b <script>", "text")).toBe("a\\|b &lt;script&gt;");
  });
});
