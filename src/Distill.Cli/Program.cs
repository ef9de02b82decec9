using Distill.Cli;

return await DistillApp.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
