using System.Diagnostics;

namespace CodeMySpec.Bench.Sessions;

/// <summary>
/// Where the machine's CPU went during one measurement: the silo, PostgreSQL (postmaster and backends) and this load
/// generator, each per operation. On a machine where all three share the cores, it tells which of them limits the run.
/// A process whose id the script did not give is left out.
/// </summary>
internal sealed class CpuSplit(int siloPid, int postgresPid)
{
    private readonly ProcessCpu? _silo = siloPid > 0 ? new ProcessCpu(siloPid) : null;
    private readonly ProcessCpu? _postgres = postgresPid > 0 ? new ProcessCpu(postgresPid) : null;

    public Window Start() => new(this, _silo?.Read(), _postgres?.Read(), Process.GetCurrentProcess().TotalProcessorTime);

    internal sealed record Window(CpuSplit Owner, TimeSpan? Silo, TimeSpan? Postgres, TimeSpan Self)
    {
        public string PerOperation(int operations)
        {
            var self = Process.GetCurrentProcess().TotalProcessorTime - Self;
            return $"    CPU per operation: silo {Ms(Owner._silo?.Read() - Silo, operations)}, PostgreSQL {Ms(Owner._postgres?.Read() - Postgres, operations)}, load generator {Ms(self, operations)}";
        }

        private static string Ms(TimeSpan? cpu, int operations) =>
            cpu is { } t && operations > 0 ? $"{t.TotalMilliseconds / operations:0.000} ms" : "n/a";
    }
}
