using System.Collections.Immutable;

namespace CodeMySpec.Stories;

/// <summary>What <see cref="StoryMarkdownReader"/> read: the optional project heading and the stories with their (1-based) heading lines.</summary>
internal sealed record MarkdownStories(string? Heading, ImmutableArray<StoryDraft> Stories, ImmutableArray<int> Lines);
