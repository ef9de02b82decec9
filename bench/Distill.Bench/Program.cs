using Distill.Bench;

return args switch
{
    ["extraction", .. var rest] => ExtractionBenchmark.Run(rest),
    ["ingest", .. var rest] => await IngestBenchmark.RunAsync(rest),
    ["entities", .. var rest] => await EntityBenchmark.RunAsync(rest),
    ["peak", var file] => ExtractionBenchmark.Peak(file),
    _ => CleaningBenchmark.Run(args),
};
