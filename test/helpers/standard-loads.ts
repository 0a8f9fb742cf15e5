// Hand-made Standard sizer loads for tests: nothing to carry, one AZ, targets of 100 %; each test
// sets the loads and cluster shape it is about.
import type { StandardLoads } from "../../src/model/sizing/standard.js";

export function noStandardLoads(over: Partial<StandardLoads> = {}): StandardLoads {
  return {
    networkOut: 0,
    networkIn: 0,
    storageWrite: 0,
    provisionBytes: 0,
    localBytes: 0,
    replicas: 0,
    connections: 0,
    minBrokers: 1,
    azs: 1,
    utilisation: 1,
    partitionShare: 1,
    ...over,
  };
}
