using System.Security.Cryptography;
using System.Text;

namespace CodeMySpec.Architecture;

/// <summary>
/// Deterministic component ids: RFC 4122 version 5 (SHA-1) UUIDs of <c>project:&lt;project_id&gt;:module:&lt;module_name&gt;</c>
/// in the fixed namespace below, so the same module of the same project always gets the same id.
/// </summary>
internal static class ComponentIds
{
    /// <summary>The CodeMySpec component namespace. Never change it: every stored component id derives from it.</summary>
    public static readonly Guid Namespace = new("3c0e8a4b-5f2d-4e1a-9b7c-6d8e2f1a0c35");

    public static Guid For(Guid projectId, string moduleName) =>
        V5(Namespace, $"project:{projectId:D}:module:{moduleName}");

    public static Guid V5(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
