using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace CodeMySpec.Api;

/// <summary>
/// <c>Http:TrustedProxies</c>: the addresses or networks (CIDR) of the proxies in front of the silos, comma
/// separated. Only requests from them may say, with X-Forwarded-For and X-Forwarded-Proto, who the client is and
/// that it came over https; anyone else could forge those headers to dodge per-address limits.
/// </summary>
internal static class TrustedProxies
{
    public const string Setting = "Http:TrustedProxies";

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var networks = Parse(builder.Configuration[Setting]);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        // Only when proxies were named: the options then list exactly them (AddTrustedProxies cleared the defaults).
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<IPNetwork> Parse(string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (System.Net.IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                throw new OptionsValidationException(Setting, typeof(ForwardedHeadersOptions),
                    [$"{Setting} (Http__TrustedProxies): '{entry}' is neither an IP address nor a network like 10.0.0.0/8; separate entries with commas."]);
            }
        }

        return networks;
    }
}
