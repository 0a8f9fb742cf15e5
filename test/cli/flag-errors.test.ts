// Errors for flags name the flag (issue #15): a workload built from flags alone reports
// `--partitions`, not `streams.stream.partitions`, and words its message in flags; a value given
// by a flag over a file is named by the flag; the planner's `region` is `--region` when typed.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

function stderr(args: string[]): string {
  const r = runCli(args, ENV);
  expect(r.code, r.stderr).toBe(2);
  return r.stderr;
}

describe("flag errors name the flag", () => {
  it.each([
    [["plan", "--ingress", "5MiB/s"], "--partitions: required, got nothing"],
    [
      ["plan", "--partitions", "5"],
      '--ingress: expected a rate such as "20 MiB/s" (or --messages-per-sec), got nothing',
    ],
    [
      ["plan", "--ingress", "5MiB/s", "--partitions", "5", "--peak-ingress", "1MiB/s"],
      "--peak-ingress: expected at least --ingress (5 MiB/s), got 1 MiB/s",
    ],
    [
      ["plan", "--messages-per-sec", "100", "--partitions", "3", "--ingress", "5MiB/s"],
      "--messages-per-sec: give --ingress or --messages-per-sec × --message-size, not both",
    ],
    [
      ["plan", "--ingress", "5MiB/s", "--partitions", "5", "--peak-egress", "1MiB/s"],
      "--peak-egress: given without --egress: give --egress (the average) too",
    ],
    [
      ["plan"],
      "WORKLOAD_FILE: give a workload file, or the stream's flags (--ingress or --messages-per-sec, --partitions …)",
    ],
    [
      [
        "sweep",
        "--ingress",
        "1MiB/s",
        "--partitions",
        "3",
        "--region",
        "us-east1",
        "--vary",
        "partitions=1,2",
      ],
      '--region: "us-east1" is not an AWS region code (such as us-east-1); did you mean us-east-1?',
    ],
    [
      ["plan", "fixtures/workloads/typical.yaml", "--region=us-east1"],
      '--region: "us-east1" is not an AWS region code (such as us-east-1); did you mean us-east-1?',
    ],
  ])("%j", (args, message) => {
    expect(stderr(args)).toBe(`msk-planner: ${message}\n`);
  });

  it("a field set in the file, not by a flag, keeps its file path and words", () => {
    expect(stderr(["plan", "fixtures/workloads/small.yaml", "--peak-egress", "1MiB/s"])).toBe(
      "msk-planner: --peak-egress: given without egress: give egress (the average) too\n",
    );
    expect(stderr(["plan", "test/cli/fixtures/unknown-field.yaml", "--retention", "3d"])).toBe(
      "msk-planner: streams.a.bogus: unknown field (in test/cli/fixtures/unknown-field.yaml)\n",
    );
  });
});
