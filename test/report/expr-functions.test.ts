// The live sheets' formula vocabulary beyond + − × ÷ (src/report/expr.ts): comparisons, IF, MAX,
// MIN, ROUNDUP, AND, OR, ISNUMBER, CHOOSE, by hand, each rendered as the cell shows it and
// evaluated as the report caches it, with a spreadsheet engine (HyperFormula) agreeing.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  add,
  and,
  ceil,
  choose,
  cmp,
  div,
  type Expr,
  evaluate,
  fn,
  iff,
  ifLess,
  isNumber,
  max,
  min,
  mul,
  names,
  num,
  or,
  orZero,
  plainNumber,
  ref,
  render,
} from "../../src/report/expr.js";

const env = new Map<string, number>([
  ["a", 3],
  ["b", 5],
  ["c", -2.5],
  ["missing", Number.NaN],
]);
const a = ref("a");
const b = ref("b");
const c = ref("c");

/** Text and value of each case, and the same text computed by HyperFormula over a=3, b=5, c=−2.5. */
function check(cases: [Expr, string, number][]): void {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
  const sheet = hf.getSheetId(hf.addSheet("S")) as number;
  hf.setSheetContent(sheet, [[3, 5, -2.5]]);
  ["a", "b", "c"].forEach((n, i) => {
    hf.addNamedExpression(n, `=S!$${String.fromCharCode(65 + i)}$1`);
  });
  for (const [e, text, value] of cases) {
    expect(render(e), text).toBe(text);
    expect(evaluate(e, env), text).toBe(value);
    hf.setCellContents({ sheet, row: 1, col: 0 }, `=${text}`);
    const got = hf.getCellValue({ sheet, row: 1, col: 0 });
    expect(typeof got === "boolean" ? Number(got) : got, text).toBe(value);
  }
}

describe("comparisons: 1 when they hold, 0 when not, each at, below and above", () => {
  it("<, <=, >, >=, =, <> over 3 and 5, and 3 and 3", () => {
    check([
      [cmp("<", a, b), "a<b", 1],
      [cmp("<", b, a), "b<a", 0],
      [cmp("<", a, a), "a<a", 0],
      [cmp("<=", a, a), "a<=a", 1],
      [cmp("<=", b, a), "b<=a", 0],
      [cmp(">", b, a), "b>a", 1],
      [cmp(">", a, a), "a>a", 0],
      [cmp(">=", a, a), "a>=a", 1],
      [cmp(">=", a, b), "a>=b", 0],
      [cmp(">=", b, a), "b>=a", 1],
      [cmp("=", a, a), "a=a", 1],
      [cmp("=", a, b), "a=b", 0],
      [cmp("<>", a, b), "a<>b", 1],
      [cmp("<>", a, a), "a<>a", 0],
    ]);
  });

  it("IF(cond, then, otherwise) takes `then` on any non-zero condition, including a negative one", () => {
    check([
      [iff(cmp("<", a, b), a, b), "IF(a<b,a,b)", 3],
      [iff(cmp(">", a, b), a, b), "IF(a>b,a,b)", 5],
      [iff(c, a, b), "IF(c,a,b)", 3],
      [iff(num(0), a, b), "IF(0,a,b)", 5],
    ]);
  });
});

describe("functions", () => {
  it("MAX and MIN of several; of one argument, the argument itself (no function)", () => {
    check([
      [max(a, b, c), "MAX(a,b,c)", 5],
      [min(a, b, c), "MIN(a,b,c)", -2.5],
      [max(a), "a", 3],
      [min(b), "b", 5],
    ]);
  });

  it("ROUNDUP away from zero; ceil is MAX(0, ROUNDUP(x, 0)): ⌈2.5⌉ = 3, ⌈−0.5⌉ = 0, ⌈3⌉ = 3", () => {
    check([
      [fn("ROUNDUP", num(2.5), num(0)), "ROUNDUP(2.5,0)", 3],
      [fn("ROUNDUP", c, num(0)), "ROUNDUP(c,0)", -3],
      [ceil(num(2.5)), "MAX(0,ROUNDUP(2.5,0))", 3],
      [ceil(num(-0.5)), "MAX(0,ROUNDUP(-0.5,0))", 0],
      [ceil(a), "MAX(0,ROUNDUP(a,0))", 3],
    ]);
    // ROUNDUP(−0.5) is −1 (away from zero); ROUNDUP(0) is 0, not −0 (a cached −0 can show as "-0").
    expect(Object.is(evaluate(fn("ROUNDUP", num(-0.5), num(0)), env), -1)).toBe(true);
    expect(Object.is(evaluate(fn("ROUNDUP", num(0), num(0)), env), 0)).toBe(true);
  });

  it("AND and OR: every / any argument non-zero; of one argument, the argument itself", () => {
    check([
      [and(cmp("<", a, b), cmp(">", b, c)), "AND(a<b,b>c)", 1],
      [and(cmp("<", a, b), cmp("<", b, c)), "AND(a<b,b<c)", 0],
      [or(cmp(">", a, b), cmp("<", b, c)), "OR(a>b,b<c)", 0],
      [or(cmp(">", a, b), cmp(">", b, c)), "OR(a>b,b>c)", 1],
      [and(cmp("<", a, b)), "a<b", 1],
      [or(cmp("<", b, a)), "b<a", 0],
    ]);
  });

  it("CHOOSE(i, …) picks the i-th (1-based); an index outside 1…n is an error", () => {
    check([
      [choose(num(1), a, b, c), "CHOOSE(1,a,b,c)", 3],
      [choose(num(3), a, b, c), "CHOOSE(3,a,b,c)", -2.5],
    ]);
    for (const i of [0, 4, 0.5, Number.NaN])
      expect(() => evaluate(choose(num(i), a, b, c), env)).toThrow(`report: CHOOSE index ${i} out of range`);
  });

  it("ISNUMBER: a missing price (an empty cell, NaN here) is not a number; orZero reads it as 0", () => {
    expect(evaluate(isNumber(ref("missing")), env)).toBe(0);
    expect(evaluate(isNumber(a), env)).toBe(1);
    expect(evaluate(orZero(ref("missing")), env)).toBe(0);
    expect(evaluate(orZero(c), env)).toBe(-2.5);
    expect(render(orZero(ref("price_storage")))).toBe("IF(ISNUMBER(price_storage),price_storage,0)");
  });

  it("a comparison's compound operands are bracketed, a function's are not", () => {
    const sum = { kind: "add", terms: [a, b] } as Expr;
    expect(render(cmp("<", sum, cmp("=", a, b)))).toBe("(a+b)<(a=b)");
    expect(render(fn("MAX", sum, num(0)))).toBe("MAX(a+b,0)");
  });
});

describe("brackets a reader sees", () => {
  it("a divisor that is a name or a constant ≥ 0 is bare; a product, a negative constant bracketed", () => {
    check([
      [div(a, num(2)), "a/2", 1.5],
      [div(a, b), "a/b", 0.6],
      [div(a, num(-2)), "a/(-2)", -1.5],
      [div(a, mul(b, num(2))), "a/(b*2)", 0.3],
      [div(a, min(b, a)), "a/(MIN(b,a))", 1],
    ]);
    expect(render(div(a, num(0)))).toBe("a/0");
  });

  it("a factor that is a comparison is bracketed, a function is not; a one-term sum or product is its term", () => {
    check([
      [mul(cmp("<", a, b), b), "(a<b)*b", 5],
      [mul(max(a, b), a), "MAX(a,b)*a", 15],
      [add(a), "a", 3],
      [mul(b), "b", 5],
      [add(mul(a)), "a", 3],
      // A one-term sum or product is not bracketed as a compound operand would be.
      [mul(c, add(a)), "c*a", -7.5],
      [mul(add(a, b)), "a+b", 8],
      [div(a, mul(b)), "a/b", 0.6],
    ]);
  });
});

describe("names and cell addresses", () => {
  it("names() reaches into comparisons, IF and functions", () => {
    const e = iff(cmp("<", ref("p"), ref("q")), fn("MAX", ref("r"), num(1)), ref("s"));
    expect([...names(e)].sort()).toEqual(["p", "q", "r", "s"]);
  });

  it("render with a map from names to cells: mapped names become addresses, the rest stay", () => {
    const at = (n: string) => (n === "a" ? "Sizing!$B$3" : n === "c" ? "C7" : undefined);
    const e = iff(cmp(">=", a, c), fn("MIN", a, b), { kind: "div", a: c, b: { kind: "sub", a, b } } as Expr);
    expect(render(e, at)).toBe("IF(Sizing!$B$3>=C7,MIN(Sizing!$B$3,b),C7/(Sizing!$B$3-b))");
    // Every other kind keeps its shape when mapped.
    const all: Expr = {
      kind: "add",
      terms: [{ kind: "mul", factors: [a, num(2)] }, ifLess(a, b, c, num(0)), { kind: "sub", a: b, b: a }],
    };
    // A difference after the first term of a sum is bracketed: x + (b − a), as evaluate() adds.
    expect(render(all, at)).toBe("Sizing!$B$3*2+IF(Sizing!$B$3<b,C7,0)+(b-Sizing!$B$3)");
  });
});

describe("plainNumber: the shortest digits, never an exponent", () => {
  it("small and large magnitudes", () => {
    expect(plainNumber(1e-7)).toBe("0.0000001");
    expect(plainNumber(-2.5e-8)).toBe("-0.000000025");
    expect(plainNumber(1.25e-10)).toBe("0.000000000125");
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(-1.5e22)).toBe("-15000000000000000000000");
    expect(plainNumber(1234.5)).toBe("1234.5");
    expect(plainNumber(1.2345678901234566e25)).toBe("12345678901234566000000000"); // the double nearest
    expect(plainNumber(Number.MAX_VALUE)).toBe(`17976931348623157${"0".repeat(292)}`);
    for (const v of [1e-7, -2.5e-8, 1.25e-10, 1e21, -1.5e22, 1.2345678901234566e25, Number.MAX_VALUE])
      expect(Number(plainNumber(v))).toBe(v);
  });
});
