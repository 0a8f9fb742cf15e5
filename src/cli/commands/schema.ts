/** `msk-planner schema workload`: the JSON Schema of the workload file (from the zod schema), for editors. */
import { workloadJsonSchema } from "../../model/workload-schema.js";

export async function handler(_argv: { kind: string }): Promise<void> {
  process.stdout.write(`${JSON.stringify(workloadJsonSchema(), null, 2)}\n`);
}
