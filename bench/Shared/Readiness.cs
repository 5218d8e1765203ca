using System.Diagnostics;

namespace CodeMySpec.Bench;

/// <summary>Waits, bounded in time, until the service reports ready.</summary>
internal static class Readiness
{
    public static async Task WaitAsync(HttpClient http, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{http.BaseAddress}health/ready did not answer 200 within {timeout}.");
    }
}
