// Where the refreshed catalog lives: MSK_PLANNER_CACHE_DIR, else XDG_CACHE_HOME, else ~/.cache.
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir, refreshedCatalogPath } from "../../src/cli/catalog.js";

describe("the cache folder", () => {
  it("MSK_PLANNER_CACHE_DIR wins (tests never touch the real home)", () => {
    expect(refreshedCatalogPath({ MSK_PLANNER_CACHE_DIR: "/tmp/x", XDG_CACHE_HOME: "/tmp/y" })).toBe(
      "/tmp/x/catalog.json",
    );
  });
  it("else $XDG_CACHE_HOME/msk-planner", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/tmp/y" })).toBe("/tmp/y/msk-planner");
  });
  it("else ~/.cache/msk-planner (an empty XDG_CACHE_HOME counts as unset)", () => {
    expect(cacheDir({})).toBe(join(homedir(), ".cache", "msk-planner"));
    expect(cacheDir({ XDG_CACHE_HOME: "" })).toBe(join(homedir(), ".cache", "msk-planner"));
  });
});
