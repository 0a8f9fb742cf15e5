// What no output and no tracked file may contain: names of the developers' private notes, their
// section signs and bracketed keys, and paths outside the repository. Users never have those
// notes; the product cites its own sources table instead (src/model/sources.ts).
// The patterns are assembled from pieces so that this file does not match itself.

const md = (name: string) => `\\b${name}\\.md\\b`;
const NOTE_FILES = ["pricing", "sizing", "alternatives", "aws-wire"].map(md);
// Bracketed keys of the notes: short ones ([A1], [U10], [D6c]) and the named ones ([IC-EC2], [AWS-KDS-QUOTA] …).
const SHORT_KEY = "\\[[ATUPRDECBM]\\d{1,2}[a-z]?\\]";
const NAMED_KEY =
  "\\[(?:IC-[A-Z0-9]+(?:-RES)?|AWS(?:DOCS)?-[A-Z0-9-]+|[A-Z]+-SQS|FM-EC2|CT-[A-Z-]+|KR-KIN|KAFKA-KRAFT|CONFLUENT-[A-Z]+|API-[A-Z0-9-]+|GP3-PRICE-DOC|LWIA-XAZ|HARISH-AZ|OPTIONALG-TIPS|ELASTICMQ-62|LUCARAVERI|KINDATECH|BASAVYTIX|COURSEIVA)\\]";
const SECTION = "\u00a7";
const OUTSIDE = ["\\.\\./shared", "/work/", "shared/reference"];

export const FORBIDDEN: readonly { what: string; re: RegExp }[] = [
  ...NOTE_FILES.map((p) => ({ what: "a private note's file name", re: new RegExp(p) })),
  { what: "a section sign", re: new RegExp(SECTION) },
  { what: "a bracketed note key", re: new RegExp(SHORT_KEY) },
  { what: "a bracketed note key", re: new RegExp(NAMED_KEY) },
  ...OUTSIDE.map((p) => ({ what: "a path outside the repository", re: new RegExp(p) })),
];

/** Every forbidden match in `text`, as "what: …context…" lines. */
export function findForbidden(text: string): string[] {
  const out: string[] = [];
  for (const { what, re } of FORBIDDEN) {
    const g = new RegExp(re.source, "g");
    for (const m of text.matchAll(g)) {
      const i = m.index ?? 0;
      out.push(`${what}: …${text.slice(Math.max(0, i - 40), i + 40).replace(/\n/g, " ")}…`);
    }
  }
  return out;
}
