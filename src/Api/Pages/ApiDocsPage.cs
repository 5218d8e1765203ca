using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Pages;

/// <summary>A browsable view of the OpenAPI document at /api/docs, self-contained (no external scripts).</summary>
internal static class ApiDocsPage
{
    public static IEndpointRouteBuilder MapApiDocsPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/docs", () => Html.Page("CodeMySpec API", """
            <p class="muted">From <a href="/openapi/v1.json">/openapi/v1.json</a>. Errors are <code>application/problem+json</code>.</p>
            <div id="ops">Loading…</div>
            <script>
              fetch('/openapi/v1.json').then(r => r.json()).then(doc => {
                const ops = document.getElementById('ops'); ops.textContent = '';
                for (const [path, item] of Object.entries(doc.paths)) {
                  for (const [method, op] of Object.entries(item)) {
                    const row = document.createElement('p');
                    const code = document.createElement('code');
                    code.textContent = method.toUpperCase() + ' ' + path;
                    row.append(code, document.createTextNode(' — ' + (op.summary || '') + ' [' + (op.tags || []).join(', ') + ']'));
                    ops.append(row);
                  }
                }
              });
            </script>
            """)).ExcludeFromDescription();
        return endpoints;
    }
}
