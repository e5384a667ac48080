namespace Realtime.Storage.AzureTable.Storage;

/// <summary>A grain state too large for one Azure Table entity.</summary>
public sealed class StateTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateTooLargeException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public StateTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public StateTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
