// The live option sheets' building blocks (src/report/live.ts) at library level: the text formulas
// (instance type by CHOOSE, the binding resource in words) and their cached values, the planner's
// "strictly cheaper replaces" loop as two cells, and the small helpers. The workbook tests check
// the same cells evaluated in a spreadsheet, but are too slow to run per mutant.
import { describe, expect, it } from "vitest";
import { evaluate, num, ref, render } from "../../src/report/expr.js";
import {
  bindingText,
  cheapest,
  chooseText,
  chosenBinding,
  isLiveCell,
  isTextCell,
  NOT_A_CANDIDATE,
  sum,
  typeKey,
} from "../../src/report/live.js";

const env = (o: Record<string, number>) => new Map(Object.entries(o));

describe("text formulas", () => {
  it("chooseText: CHOOSE over quoted texts (quotes doubled), empty below 1; its value the same", () => {
    const c = chooseText("chosen", ["kafka.m5.large", 'say "hi"'], "type_std");
    expect(c.name).toBe("type_std");
    expect(c.formula).toBe('IF(chosen<1,"",CHOOSE(chosen,"kafka.m5.large","say ""hi"""))');
    expect(c.value(env({ chosen: 1 }))).toBe("kafka.m5.large");
    expect(c.value(env({ chosen: 2 }))).toBe('say "hi"');
    expect(c.value(env({ chosen: 0 }))).toBe("");
    expect(c.value(env({}))).toBe("");
    expect(c.value(env({ chosen: 3 }))).toBe("");
    expect("name" in chooseText("i", ["a"])).toBe(false);
  });

  it("chosenBinding: the chosen type's binding cell when feasible, else empty", () => {
    const a = { name: "b1", formula: "x", value: () => "network out" };
    const b = { name: "b2", formula: "y", value: () => "storage" };
    const c = chosenBinding("ok", "chosen", [a, b]);
    expect(c.formula).toBe('IF(ok=1,CHOOSE(chosen,b1,b2),"")');
    expect(c.value(env({ ok: 1, chosen: 2 }))).toBe("storage");
    expect(c.value(env({ ok: 1, chosen: 1 }))).toBe("network out");
    expect(c.value(env({ ok: 0, chosen: 1 }))).toBe("");
    expect(c.value(env({ ok: 1, chosen: 0 }))).toBe("");
    expect(c.value(env({ ok: 1 }))).toBe("");
    expect(c.value(env({ ok: 2, chosen: 1 }))).toBe("");
  });

  it("bindingText: the first largest need in words; an override wins when its cell is above 0", () => {
    const t = bindingText("bind", [
      ["need_net", "networkOut"],
      ["need_sto", "storage"],
      ["need_par", "partitions"],
    ]);
    expect(t.name).toBe("bind");
    expect(t.formula).toBe(
      'IF(need_net=MAX(need_net,need_sto,need_par),"network out",IF(need_sto=MAX(need_net,need_sto,need_par),"storage",IF(need_par=MAX(need_net,need_sto,need_par),"partitions","")))',
    );
    expect(t.value(env({ need_net: 3, need_sto: 5, need_par: 4 }))).toBe("storage");
    expect(t.value(env({ need_net: 3, need_sto: 5, need_par: 6 }))).toBe("partitions");
    // A tie goes to the first, as the formula's IF chain does.
    expect(t.value(env({ need_net: 5, need_sto: 5, need_par: 5 }))).toBe("network out");
    expect(t.value(env({ need_net: 2, need_sto: 5, need_par: 5 }))).toBe("storage");
    expect(t.value(env({ need_sto: 1 }))).toBe("storage");
    expect(t.value(env({ need_net: -1 }))).toBe("storage");
    const o = bindingText("bind", [["need_net", "networkOut"]], {
      when: "min_brokers>0",
      resource: "minimumBrokers",
    });
    expect(o.formula).toBe('IF(min_brokers>0,"minimum brokers",IF(need_net=MAX(need_net),"network out",""))');
    expect(o.value(env({ min_brokers: 1, need_net: 9 }))).toBe("minimum brokers");
    expect(o.value(env({ min_brokers: 0, need_net: 9 }))).toBe("network out");
    expect(o.value(env({ need_net: 9 }))).toBe("network out");
    expect(o.value(env({ min_brokers: -1, need_net: 9 }))).toBe("network out");
  });
});

describe("cheapest: the planner's strictly-cheaper loop as formulas", () => {
  it("least cost among the eligible, and the first candidate at it (1-based); 0 when none is eligible", () => {
    const costs = [ref("c1"), ref("c2"), ref("c3")];
    const ok = [ref("e1"), ref("e2"), ref("e3")];
    const c = cheapest(costs, ok);
    const at = (o: Record<string, number>) => {
      const e = env(o);
      const least = evaluate(c.least, e);
      return [least, evaluate(c.index(num(least)), e)];
    };
    expect(at({ c1: 5, c2: 3, c3: 3, e1: 1, e2: 1, e3: 1 })).toEqual([3, 2]);
    expect(at({ c1: 5, c2: 3, c3: 3, e1: 1, e2: 0, e3: 1 })).toEqual([3, 3]);
    expect(at({ c1: 5, c2: 3, c3: 4, e1: 1, e2: 0, e3: 0 })).toEqual([5, 1]);
    expect(at({ c1: 5, c2: 3, c3: 4, e1: 0, e2: 0, e3: 0 })).toEqual([NOT_A_CANDIDATE, 0]);
    expect(render(c.least)).toBe(
      `MIN(IF(e1,c1,${NOT_A_CANDIDATE}),IF(e2,c2,${NOT_A_CANDIDATE}),IF(e3,c3,${NOT_A_CANDIDATE}))`,
    );
    // Without conditions every candidate counts; one candidate is its own minimum.
    const all = cheapest([ref("a"), ref("b")], null);
    expect(render(all.least)).toBe("MIN(a,b)");
    expect(evaluate(all.index(ref("least")), env({ a: 2, b: 1, least: 1 }))).toBe(2);
    expect(render(cheapest([ref("a")], null).least)).toBe("a");
    expect(render(cheapest([], null).least)).toBe(String(NOT_A_CANDIDATE));
    expect(NOT_A_CANDIDATE).toBe(1e15);
  });

  it("sum, typeKey and the entry guards", () => {
    expect(render(sum([]))).toBe("0");
    expect(render(sum([ref("a"), ref("b")]))).toBe("a+b");
    expect(typeKey("kafka.m5.large")).toBe("kafka_m5_large");
    expect(typeKey("express.m7g.4xlarge-x")).toBe("express_m7g_4xlarge_x");
    const cell = { name: "n", expr: num(1), format: "int" as const };
    const text = { formula: "x", value: () => "" };
    expect([isLiveCell(cell), isLiveCell(text), isLiveCell({ text: "t" })]).toEqual([true, false, false]);
    expect([isTextCell(cell), isTextCell(text), isTextCell({ text: "t" })]).toEqual([false, true, false]);
  });
});
