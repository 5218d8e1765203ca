using System.Collections.Immutable;
using Markdig.Extensions.Tables;

namespace CodeMySpec.Documents;

/// <summary>The Fields section: a table <c>Field | Type | Required | Description | Constraints</c>.</summary>
internal static class FieldsParser
{
    public const string Format =
        """
        A table with exactly these columns, one row per field:

        | Field | Type | Required | Description | Constraints |
        |-------|------|----------|-------------|-------------|
        | email | string | Yes | Sign-in address | Unique, valid email |

        Required is `Yes` or `No`.
        """;

    private static readonly string[] Columns = ["field", "type", "required", "description", "constraints"];

    public static ImmutableArray<FieldSpec> Parse(DocumentSection section, SectionErrors errors)
    {
        var table = section.Blocks.OfType<Table>().FirstOrDefault();
        if (table is null)
        {
            errors.Add(section.Line, "add a table with the columns Field | Type | Required | Description | Constraints.");
            return [];
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var names = header is null ? [] : Cells(header);
        if (!names.Select(name => name.ToLowerInvariant()).SequenceEqual(Columns))
        {
            errors.Add(table.Line + 1, $"the table's columns are '{string.Join(" | ", names)}'; use Field | Type | Required | Description | Constraints.");
            return [];
        }

        var fields = ImmutableArray.CreateBuilder<FieldSpec>();
        foreach (var row in rows.Where(row => !row.IsHeader))
        {
            var line = row.Line + 1;
            var cells = Cells(row);
            if (cells.Length != Columns.Length)
            {
                errors.Add(line, $"the row has {cells.Length} cells; it needs {Columns.Length}.");
                continue;
            }

            if (cells[0].Length == 0 || cells[1].Length == 0)
            {
                errors.Add(line, "a field needs a name and a type.");
                continue;
            }

            if (Required(cells[2]) is not { } required)
            {
                errors.Add(line, $"Required of {cells[0]} is '{cells[2]}'; use Yes or No.");
                continue;
            }

            fields.Add(new FieldSpec(cells[0], cells[1], required, cells[3], cells[4], line));
        }

        if (fields.Count == 0 && !errors.HasAny)
        {
            errors.Add(table.Line + 1, "the table has no rows; add one row per field.");
        }

        return fields.ToImmutable();
    }

    private static string[] Cells(TableRow row) =>
        [.. row.OfType<TableCell>().Select(cell => string.Join(' ', cell.Select(MarkdownReader.Text)).Trim())];

    private static bool? Required(string cell) => cell.ToLowerInvariant() switch
    {
        "yes" or "true" or "required" or "y" => true,
        "no" or "false" or "optional" or "n" or "" => false,
        _ => null,
    };
}
