// Each test starts two or more real server processes (an Orleans silo, Kestrel and a Redis consumer each). Run side by
// side on a 2-core machine they starve each other's membership probes and the kill/restart timings the tests measure,
// so the classes run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
