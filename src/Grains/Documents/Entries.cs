using System.Collections.Immutable;
using Markdig.Syntax;

namespace CodeMySpec.Documents;

/// <summary>Splits a section at its H3 headings; each entry is a heading and the blocks up to the next one.</summary>
internal static class Entries
{
    public static IEnumerable<(HeadingBlock Heading, ImmutableArray<Block> Blocks)> Split(DocumentSection section)
    {
        HeadingBlock? heading = null;
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var block in section.Blocks)
        {
            if (block is HeadingBlock { Level: 3 } next)
            {
                if (heading is not null)
                {
                    yield return (heading, blocks.ToImmutable());
                }

                heading = next;
                blocks.Clear();
            }
            else if (heading is not null)
            {
                blocks.Add(block);
            }
        }

        if (heading is not null)
        {
            yield return (heading, blocks.ToImmutable());
        }
    }
}
