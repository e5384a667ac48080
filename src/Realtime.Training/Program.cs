using Realtime.Training.Commands;

const string Usage = """
    usage:
      train    [--out DIR] [--data DIR] [--no-shared-data] [--no-seeds] [--sentiment FILE]... [--topic FILE]...
               [--complaint FILE]... [--trainer sdca|lbfgs] [--max-features N] [--min-documents N] [--l2 X] [--iterations N]
               [--sentiment-balance POWER] [--heldout DIR]
      evaluate --task sentiment|topic|complaint (--data FILE | --turns FILE [--shared DIR]) [--models DIR]
      compare  --task sentiment|topic|complaint --test FILE... [--trainers sdca,lbfgs,lightgbm] [--max-rows N]
               (plus the train options that choose the data)
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    string[] rest = args[1..];
    return args[0] switch
    {
        "train" => TrainCommand.Run(new CommandLine(rest, TrainCommand.Flags), Console.Error),
        "evaluate" => EvaluateCommand.Run(new CommandLine(rest, new HashSet<string>()), Console.Out, Console.Error),
        "compare" => CompareCommand.Run(new CommandLine(rest, TrainCommand.Flags), Console.Out, Console.Error),
        _ => throw new ArgumentException($"Unknown command '{args[0]}'."),
    };
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
