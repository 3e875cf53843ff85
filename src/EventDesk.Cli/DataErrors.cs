using EventDesk.Knowledge;
using EventDesk.Nlp.Common;

namespace EventDesk.Cli;

/// <summary>Which exceptions mean "a data file is missing or unusable" (exit code 4) rather than a bug.</summary>
public static class DataErrors
{
    public static bool IsDataError(Exception e) => e switch
    {
        ModelFormatException or KnowledgeFormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException => true,
        TypeInitializationException { InnerException: { } inner } => IsDataError(inner),
        AggregateException { InnerException: { } inner } => IsDataError(inner),
        _ => false,
    };
}
