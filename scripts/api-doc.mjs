// The library's API page (docs/api.md), rendered from src/index.ts with the TypeScript compiler
// API: every export, grouped by the folder and file that declares it, with its signature and its
// TSDoc. Deterministic (sorted, no dates, no absolute paths), so test/docs/api-doc.test.ts can
// require the committed page to equal this render and every export to carry TSDoc.
// Why not typedoc: one page, no new dependency, and the same compiler the project already pins.
//   node scripts/api-doc.mjs          print the page
//   node scripts/api-doc.mjs --json   print { markdown, undocumented } (the test reads this)
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const ENTRY = resolve(ROOT, "src/index.ts");
/** Folders in the order data flows through them (DESIGN.md), then anything else. */
const FOLDER_ORDER = ["model", "pricing", "plan", "report", "aws", "iac"];
const FOLDER_TITLES = {
  model: "Workload, units, instances and quotas (`src/model`)",
  pricing: "Price catalog and calculators (`src/pricing`)",
  plan: "Planner, alternatives and simulator (`src/plan`)",
  report: "Reports and diff renderers (`src/report`)",
  aws: "AWS adapters: price refresh, CloudWatch import (`src/aws`)",
  iac: "Infrastructure as code (`src/iac`)",
};

function program() {
  const p = ts.createProgram([ENTRY], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  });
  return { checker: p.getTypeChecker(), entry: p.getSourceFile(ENTRY) };
}

const FORMAT =
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrayAsGenericType;

/** TSDoc of a symbol: its summary and its tags (@param, @returns, @example …) as Markdown. */
function docOf(symbol, checker) {
  const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const tags = symbol
    .getJsDocTags(checker)
    .map((t) => `- \`@${t.name}\` ${ts.displayPartsToString(t.text ?? []).trim()}`.trimEnd());
  return { summary, tags };
}

/** Declaration text without the body, `export`/`declare` keywords or the node's own JSDoc. */
function declarationText(decl, name, symbol, checker) {
  const src = decl.getSourceFile();
  if (ts.isFunctionDeclaration(decl)) {
    const sig = checker.getSignatureFromDeclaration(decl);
    return `function ${name}${checker.signatureToString(sig, undefined, FORMAT)}`;
  }
  if (ts.isVariableDeclaration(decl)) {
    const list = decl.parent;
    const kind = list.flags & ts.NodeFlags.Const ? "const" : "let";
    const type = decl.type
      ? decl.type.getText(src)
      : checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, decl), undefined, FORMAT);
    return `${kind} ${name}: ${type}`;
  }
  if (ts.isClassDeclaration(decl)) {
    const heritage = (decl.heritageClauses ?? []).map((h) => ` ${h.getText(src)}`).join("");
    const members = decl.members
      .filter(
        (m) =>
          !ts.getCombinedModifierFlags(m) ||
          !(ts.getCombinedModifierFlags(m) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
      )
      .filter((m) => !(m.name && ts.isPrivateIdentifier(m.name)))
      .map((m) => {
        if (ts.isConstructorDeclaration(m))
          return `  constructor${checker.signatureToString(checker.getSignatureFromDeclaration(m), undefined, FORMAT).replace(/: [^:]*$/, "")};`;
        if (ts.isMethodDeclaration(m))
          return `  ${m.name.getText(src)}${checker.signatureToString(checker.getSignatureFromDeclaration(m), undefined, FORMAT)};`;
        if (ts.isPropertyDeclaration(m)) {
          const mods = (ts.getModifiers(m) ?? []).map((x) => `${x.getText(src)} `).join("");
          const t = m.type
            ? m.type.getText(src)
            : checker.typeToString(checker.getTypeAtLocation(m), undefined, FORMAT);
          return `  ${mods}${m.name.getText(src)}: ${t};`;
        }
        return undefined;
      })
      .filter((l) => l !== undefined);
    return `class ${name}${heritage} {\n${members.join("\n")}\n}`;
  }
  // Interfaces, type aliases, enums: the source text (member comments kept), renamed if aliased.
  let text = decl.getText(src).replace(/^export\s+(declare\s+)?/, "");
  const own = decl.name?.getText(src);
  if (own && own !== name) text = text.replace(own, name);
  return text;
}

function kindOf(decl) {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isVariableDeclaration(decl)) return "constant";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isEnumDeclaration(decl)) return "enum";
  return "declaration";
}

/** Every export of src/index.ts with where it is declared, its declarations and its TSDoc. */
function collect() {
  const { checker, entry } = program();
  const out = [];
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(entry))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = (symbol.declarations ?? []).filter((d) => !ts.isModuleDeclaration(d));
    const first = decls[0];
    if (!first) continue;
    const file = relative(ROOT, first.getSourceFile().fileName).split("\\").join("/");
    out.push({
      name: exported.name,
      file,
      blocks: decls.map((d) => ({
        kind: kindOf(d),
        text: declarationText(d, exported.name, symbol, checker),
      })),
      doc: docOf(symbol, checker),
    });
  }
  return out;
}

function folderOf(file) {
  return file.split("/")[1] ?? "";
}

function byFolderThenName(a, b) {
  const fa = FOLDER_ORDER.indexOf(folderOf(a.file));
  const fb = FOLDER_ORDER.indexOf(folderOf(b.file));
  const ra = fa < 0 ? FOLDER_ORDER.length : fa;
  const rb = fb < 0 ? FOLDER_ORDER.length : fb;
  if (ra !== rb) return ra - rb;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.name.toLowerCase() < b.name.toLowerCase()
    ? -1
    : a.name.toLowerCase() > b.name.toLowerCase()
      ? 1
      : 0;
}

/** The page (Markdown) and the names of exports without TSDoc. */
export function renderApi() {
  const entries = collect().sort(byFolderThenName);
  const lines = [
    "# Library API",
    "",
    "<!-- Generated by `npm run docs` (scripts/api-doc.mjs) from the TSDoc in src/; do not edit by hand. -->",
    "",
    '`import { … } from "msk-planner"` (ES modules) or `require("msk-planner")` (CommonJS, Node ≥ 20.19).',
    "Pure functions over typed values; IO only in the functions whose names say so (`load…`, `write…`,",
    "`refresh…`, `import…`, `fetch…`, `read…`). Money is USD over the billing period the result states",
    "(`hours`, 730 = one month, unless given); quantities are in canonical units (bytes, bytes per",
    "second, seconds, hours).",
    "",
  ];
  let folder = "";
  let file = "";
  for (const e of entries) {
    const f = folderOf(e.file);
    if (f !== folder) {
      folder = f;
      lines.push(`## ${FOLDER_TITLES[f] ?? `\`src/${f}\``}`, "");
    }
    if (e.file !== file) {
      file = e.file;
      lines.push(`### \`${file}\``, "");
    }
    lines.push(`#### \`${e.name}\``, "", `*${[...new Set(e.blocks.map((b) => b.kind))].join(", ")}*`, "");
    if (e.doc.summary) lines.push(e.doc.summary, "");
    if (e.doc.tags.length) lines.push(...e.doc.tags, "");
    lines.push("```ts", ...e.blocks.map((b) => b.text), "```", "");
  }
  return {
    markdown: `${lines.join("\n").trimEnd()}\n`,
    undocumented: entries.filter((e) => !e.doc.summary).map((e) => `${e.name} (${e.file})`),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const api = renderApi();
  process.stdout.write(process.argv.includes("--json") ? JSON.stringify(api) : api.markdown);
}
