using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace CodeMySpec.Api.Pages;

/// <summary>The few server-rendered pages (sign-in, registration, consent): plain HTML, every value encoded.</summary>
internal static class Html
{
    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK) => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} · CodeMySpec</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1d2433; }
          h1 { font-size: 1.4rem; } label { display: block; margin: .8rem 0 .2rem; } input[type=email], input[type=password] { width: 100%; padding: .5rem; }
          button { margin-top: 1rem; padding: .5rem 1.2rem; } .error { color: #b00020; } fieldset { border: 1px solid #ccd; padding: .8rem; }
          .muted { color: #667; font-size: .9rem; }
        </style></head>
        <body><h1>{{Encode(title)}}</h1>{{body}}</body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    public static string Hidden(string name, string? value) => $"""<input type="hidden" name="{Encode(name)}" value="{Encode(value)}">""";

    public static string Error(string? message) => message is null ? "" : $"""<p class="error" role="alert">{Encode(message)}</p>""";
}
