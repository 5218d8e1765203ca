using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeMySpec.Silo.Health;

/// <summary>Writes a probe's verdict as JSON: overall status and each check's status and description.</summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
