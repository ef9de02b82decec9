using Distill.Bench;

return CleaningBenchmark.Run(args);
