#if MUTATION_RUN
// Stryker attributes the code a test runs to the test that ends next, so tests running side by side lend their
// coverage to each other and a mutant is then run against a test that never reaches it: it "survives". One test at
// a time keeps the coverage, and so the score, exact.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
#endif
