using System.Collections.Immutable;

namespace CodeMySpec.Coordinator;

/// <summary>
/// A report as its difference to the evidence held (which mirrors the stored rows), so that re-sending a list of tens
/// of thousands of paths, or a test run whose results did not change, writes nothing but what changed. Pure.
/// </summary>
internal static class EvidenceDiff
{
    /// <summary>A whole file list: the paths it adds and the held paths it lacks.</summary>
    public static EvidenceChanges FullList(IReadOnlySet<string> held, ImmutableArray<string> files,
        IReadOnlyDictionary<string, FileTests> heldTests, ImmutableArray<FileTests> tests)
    {
        var list = new HashSet<string>(files, StringComparer.Ordinal);
        string[] added = [.. list.Where(f => !held.Contains(f))];

        // Every held path is in the list when as many listed paths are held as there are held paths: no third pass.
        string[] removed = list.Count - added.Length == held.Count ? [] : [.. held.Where(f => !list.Contains(f))];
        return new EvidenceChanges(added, removed, ChangedTests(heldTests, tests));
    }

    /// <summary>
    /// A delta, applied as removals first and additions second: only additions of paths not held and removals of held
    /// paths that are not added again change anything.
    /// </summary>
    public static EvidenceChanges Delta(IReadOnlySet<string> held, ImmutableArray<string> added, ImmutableArray<string> removed,
        IReadOnlyDictionary<string, FileTests> heldTests, ImmutableArray<FileTests> tests)
    {
        var adding = new HashSet<string>(added.Where(f => !held.Contains(f)), StringComparer.Ordinal);
        var readded = new HashSet<string>(added, StringComparer.Ordinal);
        var removing = new HashSet<string>(removed.Where(f => held.Contains(f) && !readded.Contains(f)), StringComparer.Ordinal);
        return new EvidenceChanges(adding, removing, ChangedTests(heldTests, tests));
    }

    /// <summary>
    /// The test files whose results differ from those held. A file whose tests came back exactly as before keeps its
    /// rows and its earlier report time, which therefore says since when its results have stood.
    /// </summary>
    private static ImmutableArray<FileTests> ChangedTests(IReadOnlyDictionary<string, FileTests> held, ImmutableArray<FileTests> tests) =>
        [.. tests.Where(t => !(held.TryGetValue(t.File, out var known) && known.Tests.SequenceEqual(t.Tests)))];
}
