// The anchor of issue #14's goal 2: AWS's public sizing script `msk_sizing.py` (GitHub
// aws/agent-toolkit-for-aws, managing-amazon-msk/scripts/msk_sizing.py), run by python3 in the same
// bench run on the same random workloads. The script is never committed: it is read from
// bench/.cache/ (git-ignored), downloaded there with a short timeout when absent; when python3 or
// the script is unavailable the goal is reported as skipped, with why.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";

const CACHE = new URL("./.cache/", import.meta.url);
const SCRIPT = new URL("msk_sizing.py", CACHE);
const URL_RAW =
  "https://raw.githubusercontent.com/aws/agent-toolkit-for-aws/main/skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py";

async function scriptPath() {
  if (existsSync(SCRIPT)) return { path: SCRIPT.pathname };
  try {
    const r = await fetch(URL_RAW, { signal: AbortSignal.timeout(5000) });
    if (!r.ok) return { skipped: `msk_sizing.py not in bench/.cache/ and the download answered ${r.status}` };
    const text = await r.text();
    if (!text.includes("def calculate_standard_sizing"))
      return { skipped: "the downloaded msk_sizing.py has no calculate_standard_sizing" };
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(SCRIPT, text);
    return { path: SCRIPT.pathname };
  } catch (e) {
    return { skipped: `msk_sizing.py not in bench/.cache/ and could not be downloaded (${e.message})` };
  }
}

// Per scenario, what the script's command line does minus printing: build SizingInputs (its
// validation included), size every Standard and Express type, pick the cheapest per class.
// Timed in one python3 process over the scenarios, repeated for at least 1.5 s of CPU (process_time,
// as the Node side counts CPU time); prints scenarios per CPU second.
const DRIVER = `
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location("msk_sizing", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
rows = json.load(sys.stdin)
def once():
    sink = 0
    for r in rows:
        i = m.SizingInputs(avg_data_in_mbs=r[0], peak_data_in_mbs=r[1], avg_data_out_mbs=r[2],
            peak_data_out_mbs=r[3], num_partitions=r[4], replication_factor=r[5],
            retention_hours=r[6], primary_retention_hours=r[7],
            utilization_standard=0.5, utilization_express=0.75)
        res = m.calculate_standard_sizing(i) + m.calculate_express_sizing(i)
        rec = m.recommend_per_class(res)
        sink += len(res) + len(rec)
    return sink
once()
n = 0; t0 = time.process_time(); t = t0
while t - t0 < 1.5:
    once(); n += len(rows); t = time.process_time()
print(json.dumps({"rate": n / (t - t0)}))
`;

/**
 * Scenarios/s of msk_sizing.py on `rows` ([avgInMiBps, peakInMiBps, avgOutMiBps, peakOutMiBps,
 * partitionReplicas, rf, retentionHours, primaryRetentionHours] each), or { skipped: why }.
 */
export async function awsScriptRate(rows) {
  const py = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (py.status !== 0) return { skipped: "python3 not found" };
  const s = await scriptPath();
  if (!s.path) return s;
  const r = spawnSync("python3", ["-c", DRIVER, s.path], {
    input: JSON.stringify(rows),
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return { skipped: `msk_sizing.py failed: ${r.stderr.trim().split("\n").pop()}` };
  return { rate: JSON.parse(r.stdout).rate };
}
