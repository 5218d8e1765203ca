using Microsoft.Extensions.Options;

namespace CodeMySpec.Silo.Configuration;

/// <summary>Finds the operator-facing reason inside whatever the host wrapped it in.</summary>
internal static class StartupFailure
{
    public static StartupException? Find(Exception? exception) => exception switch
    {
        null => null,
        StartupException startup => startup,
        OptionsValidationException options => new StartupException(string.Join(" ", options.Failures)),
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        _ => Find(exception.InnerException),
    };
}
