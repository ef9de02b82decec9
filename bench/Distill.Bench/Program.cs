using Distill.Bench;

return args switch
{
    ["extraction", .. var rest] => ExtractionBenchmark.Run(rest),
    ["peak", var file] => ExtractionBenchmark.Peak(file),
    _ => CleaningBenchmark.Run(args),
};
