using System.Collections.Concurrent;
using Orleans.Metadata;

namespace CodeMySpec.Silo.Hosting;

/// <summary>
/// Remembers the Orleans type id of each grain interface. Orleans 10.4 works it out again on every
/// <c>GetGrain</c> call (its resolver asks every provider, and the attribute provider reads the interface's
/// custom attributes), and the MCP and REST surfaces make a grain reference per request. Registered ahead of
/// Orleans' own providers; on a miss it asks the resolver once, which then skips this provider.
/// </summary>
internal sealed class RememberedGrainInterfaceTypes(IServiceProvider services) : IGrainInterfaceTypeProvider
{
    [ThreadStatic]
    private static bool t_resolving;

    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _known = new();

    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        if (_known.TryGetValue(type, out grainInterfaceType))
        {
            return true;
        }

        // The resolver adds a generic interface's parameters to whatever a provider answers, so those are not kept.
        if (t_resolving || type.IsGenericType)
        {
            return false;
        }

        t_resolving = true;
        try
        {
            grainInterfaceType = services.GetRequiredService<GrainInterfaceTypeResolver>().GetGrainInterfaceType(type);
        }
        finally
        {
            t_resolving = false;
        }

        _known.TryAdd(type, grainInterfaceType);
        return true;
    }
}
