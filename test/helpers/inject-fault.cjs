// Fault injection for end-to-end tests, loaded into the CLI with NODE_OPTIONS=--require. With
// MSK_PLANNER_TEST_FAULT=rename every rename fails (EIO) after the temp file is complete; with
// =write every writeFileSync writes half its data, then fails (ENOSPC), as a full disk would.
// Builtin ESM exports are re-synced so the CLI's `import { … } from "node:fs"` sees the patch.
const fs = require("node:fs");
const { syncBuiltinESMExports } = require("node:module");

const fault = (code, what) => Object.assign(new Error(`${code}: injected fault, ${what}`), { code });
const mode = process.env.MSK_PLANNER_TEST_FAULT;
if (mode === "rename") {
  fs.renameSync = () => {
    throw fault("EIO", "rename");
  };
  fs.promises.rename = async () => {
    throw fault("EIO", "rename");
  };
} else if (mode === "write") {
  const writeFileSync = fs.writeFileSync;
  fs.writeFileSync = (path, data, options) => {
    const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)), options);
    throw fault("ENOSPC", "no space left on device");
  };
}
syncBuiltinESMExports();
