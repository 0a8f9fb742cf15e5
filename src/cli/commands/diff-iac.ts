/**
 * `msk-planner diff --iac BASE NEW`: price both sources as `price --iac` does and print the
 * change per resource and in total (table, `--json`, `--markdown`). No arithmetic here.
 */
import { diffIac } from "../../iac/diff.js";
import { renderIacDiffMarkdown, renderIacDiffTable } from "../../report/iac-diff.js";
import { type PriceIacArgs, priceIacFromArgs } from "./price-iac.js";

export type DiffIacArgs = Omit<PriceIacArgs, "iac"> & { base: string; new: string };

export async function handler(argv: DiffIacArgs): Promise<void> {
  const args = { ...argv, iac: [] };
  const base = await priceIacFromArgs([argv.base], args);
  const next = await priceIacFromArgs([argv.new], args);
  const d = diffIac(base, next);
  process.stdout.write(
    argv.json
      ? `${JSON.stringify(d, null, 2)}\n`
      : argv.markdown
        ? renderIacDiffMarkdown(d)
        : renderIacDiffTable(d),
  );
}
