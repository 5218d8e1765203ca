using System.Globalization;

namespace CodeMySpec.Bench;

/// <summary>
/// CPU time (user + system, from /proc) of the processes serving the benchmark: a process and its direct children
/// (the silo; the PostgreSQL postmaster and its backends). Divided by the requests of a run it says what one request
/// costs in CPU, which the shared machine's noise distorts far less than throughput or latency.
/// </summary>
/// <remarks>
/// Reads are cumulative: each adds what every process used since the previous read. A child that exits between two
/// reads (a PostgreSQL backend whose connection the pool closed) keeps what it had used up to the earlier read;
/// summing the live processes instead made such a window come out negative.
/// </remarks>
internal sealed class ProcessCpu(int rootPid)
{
    private static readonly double s_ticksPerSecond = 100; // USER_HZ, 100 on Linux

    private Dictionary<int, double> _seen = [];
    private double _total;

    public TimeSpan Read()
    {
        var now = new Dictionary<int, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || Stat(pid) is not { } stat)
            {
                continue;
            }

            if (pid == rootPid || stat.ParentPid == rootPid)
            {
                now[pid] = stat.Ticks;
                _total += Math.Max(0, stat.Ticks - _seen.GetValueOrDefault(pid));
            }
        }

        _seen = now;
        return TimeSpan.FromSeconds(_total / s_ticksPerSecond);
    }

    private static (int ParentPid, double Ticks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");

            // The command name is in parentheses and may hold spaces; the fields after it are: state ppid … utime(14) stime(15).
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
