namespace EventDesk.Cli;

/// <summary>The process exit codes of every command, documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Everything went well (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown option, bad value).</summary>
    public const int UsageError = 1;

    /// <summary>No input could be processed (missing path, every input unreadable).</summary>
    public const int InputError = 2;

    /// <summary>Some inputs failed; the others were processed and their output is complete.</summary>
    public const int PartialFailure = 3;

    /// <summary>A data file the command needs (model, dictionary, gold file) is missing or corrupt.</summary>
    public const int DataError = 4;
}
