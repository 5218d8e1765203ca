using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CodeMySpec.Silo.Configuration;

/// <summary>
/// The <c>Orleans</c> configuration section (env <c>Orleans__*</c>). Name and address fall back to the
/// Kubernetes downward-API variables <c>POD_NAME</c> and <c>POD_IP</c>. Failure-detection timings live
/// in <c>Orleans:FailureDetection</c> under Orleans' own option names.
/// </summary>
internal sealed class OrleansSettings : IValidatableObject
{
    public const string Section = "Orleans";

    [Required, RegularExpression("^[A-Za-z0-9._-]{1,150}$", ErrorMessage = "Use 1 to 150 letters, digits, '.', '_' or '-'.")]
    public string ClusterId { get; set; } = "codemyspec";

    [Required, RegularExpression("^[A-Za-z0-9._-]{1,150}$", ErrorMessage = "Use 1 to 150 letters, digits, '.', '_' or '-'.")]
    public string ServiceId { get; set; } = "codemyspec";

    public string? SiloName { get; set; }

    public string? AdvertisedIPAddress { get; set; }

    public bool ListenOnAnyHostAddress { get; set; }

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How long readiness reports "not ready" before the silo starts leaving (lets load balancers drain).</summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>How long a graceful shutdown (drain, leave the cluster, stop) may take in all.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public string EffectiveSiloName =>
        FirstSet(SiloName, Environment.GetEnvironmentVariable("POD_NAME")) ?? Environment.MachineName;

    public IPAddress EffectiveAdvertisedAddress =>
        IPAddress.Parse(FirstSet(AdvertisedIPAddress, Environment.GetEnvironmentVariable("POD_IP")) ?? "127.0.0.1");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var address = FirstSet(AdvertisedIPAddress, Environment.GetEnvironmentVariable("POD_IP"));
        if (address is not null && !IPAddress.TryParse(address, out _))
        {
            yield return new ValidationResult($"'{address}' is not an IP address.", [nameof(AdvertisedIPAddress)]);
        }

        if (SiloPort == GatewayPort)
        {
            yield return new ValidationResult("The silo and gateway ports must differ.", [nameof(GatewayPort)]);
        }

        if (DrainDelay < TimeSpan.Zero || DrainDelay >= ShutdownTimeout)
        {
            yield return new ValidationResult("Use a drain delay of zero or more, shorter than the shutdown timeout.", [nameof(DrainDelay)]);
        }
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
