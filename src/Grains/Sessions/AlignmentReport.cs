using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>How well a test file follows its spec: score = matching / (matching + missing + extra); names are "fun/arity: test name".</summary>
internal sealed record AlignmentReport(int Matching, ImmutableArray<string> Missing, ImmutableArray<string> Extra)
{
    public double Score => Matching + Missing.Length + Extra.Length == 0 ? 1.0 : (double)Matching / (Matching + Missing.Length + Extra.Length);
}
