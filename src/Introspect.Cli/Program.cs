using Introspect.Cli;

return await IntrospectCommandLine.RunAsync(args, CliConsole.FromProcess());
