namespace CodeMySpec.Architecture;

/// <summary>A symmetric link, stored once with the smaller id first.</summary>
internal readonly record struct SimilarLink(Guid First, Guid Second)
{
    public static SimilarLink Of(Guid a, Guid b) => a.CompareTo(b) < 0 ? new(a, b) : new(b, a);
}
