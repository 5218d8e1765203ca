namespace CodeMySpec.Tokens;

/// <summary>The one hub grain of the cluster and how often silos renew their subscription to it.</summary>
public static class TokenRevocationHub
{
    public const long Key = 0;

    public static readonly TimeSpan RenewPeriod = TimeSpan.FromSeconds(30);
}
