/**
 * The IO edge of the IaC readers: read files and folders, tell the format, hand the text to the
 * pure readers. A folder holds Terraform `.tf` files (read together, with `terraform.tfvars` and
 * `*.auto.tfvars`) or CDK synth output (`*.template.json`). Formats are told by extension and
 * content: `.tf` is HCL; `.json` is Terraform plan/state JSON or a CloudFormation template;
 * `.yaml`/`.yml`/`.template` is a CloudFormation template; `.tfstate` is a raw Terraform state.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { InputError } from "../model/errors.js";
import { isCloudFormation, parseCloudFormationYaml, readCloudFormation } from "./cloudformation.js";
import { type HclFile, readHcl } from "./hcl.js";
import { isTerraformJson, readTerraformJson } from "./terraform-json.js";
import type { IacDocument } from "./types.js";

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      code === "ENOENT" ? "file not found" : `cannot read: ${(e as Error).message}`,
      "file_not_found",
    );
  }
}

/** Read one source: parsed text in, document out (pure apart from the HCL parser's loading). */
export async function readIacText(path: string, text: string): Promise<IacDocument> {
  const ext = extname(path).toLowerCase();
  if (ext === ".tf") return readHcl(path, [{ name: path, text }]);
  if (ext === ".json" || ext === ".tfstate") {
    let j: unknown;
    try {
      j = JSON.parse(text);
    } catch (e) {
      throw new InputError(path, `not valid JSON: ${(e as Error).message.split("\n")[0]}`);
    }
    if (isTerraformJson(j)) return readTerraformJson(j, path);
    if (isCloudFormation(j)) return readCloudFormation(j, path, "cloudformation-json");
    throw new InputError(
      path,
      "expected Terraform plan or state JSON (terraform show -json) or a CloudFormation template (Resources)",
    );
  }
  if (ext === ".yaml" || ext === ".yml" || ext === ".template")
    return readCloudFormation(parseCloudFormationYaml(text, path), path, "cloudformation-yaml");
  throw new InputError(
    path,
    "expected a .tf file or folder, Terraform plan/state .json, or a CloudFormation .yaml/.yml/.json template",
  );
}

/** Read a folder: its `.tf` files (with tfvars), else its CDK `*.template.json` files. */
async function readFolder(path: string): Promise<IacDocument[]> {
  const names = readdirSync(path).sort();
  const tf = names.filter((n) => n.endsWith(".tf"));
  if (tf.length > 0) {
    const file = (n: string): HclFile => ({ name: join(path, n), text: readText(join(path, n)) });
    const tfvars = [
      ...names.filter((n) => n === "terraform.tfvars"),
      ...names.filter((n) => n.endsWith(".auto.tfvars")),
    ];
    return [await readHcl(path, tf.map(file), tfvars.map(file))];
  }
  const templates = names.filter((n) => n.endsWith(".template.json"));
  if (templates.length > 0)
    return Promise.all(templates.map((n) => readIacText(join(path, n), readText(join(path, n)))));
  throw new InputError(path, "folder has no .tf files and no CDK *.template.json templates");
}

/** Read every path (files or folders) into documents, in the order given. */
export async function loadIac(paths: readonly string[]): Promise<IacDocument[]> {
  const docs: IacDocument[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      throw new InputError(p, "file not found", "file_not_found");
    }
    if (dir) docs.push(...(await readFolder(p)));
    else docs.push(await readIacText(p, readText(p)));
  }
  return docs;
}
