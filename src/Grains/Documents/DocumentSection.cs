using System.Collections.Immutable;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>One H2 section: its key, the heading's 1-based line and the blocks up to the next H2.</summary>
internal sealed record DocumentSection(string Key, int Line, ImmutableArray<Block> Blocks);
