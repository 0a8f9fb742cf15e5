// Preloaded (node --require) into a benchmarked child process: at exit, appends the process's own
// CPU time (user + system, ms) to the file named by BENCH_CPU_FILE, so a bench can compare the CPU
// two commands cost as whole processes (start-up included) on a shared, noisy machine.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  const u = process.cpuUsage();
  appendFileSync(process.env.BENCH_CPU_FILE, `${(u.user + u.system) / 1000}\n`);
});
