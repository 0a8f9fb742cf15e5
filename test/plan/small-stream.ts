// The one-stream workload the region and period tests work by hand (fixtures/workloads/small.yaml's
// stream): 1 MiB/s in, 3 MiB/s peak, 2 consumer groups, 30 partitions, RF 3, 3 days, 50 clients.
export function smallWorkload(region: string) {
  return {
    region,
    azs: 3,
    clientConnections: 50,
    streams: [
      {
        name: "events",
        ingress: "1 MiB/s",
        peakIngress: "3 MiB/s",
        consumerGroups: 2,
        partitions: 30,
        replicationFactor: 3,
        retention: "3d",
      },
    ],
  };
}
