using System.Globalization;
using System.Runtime.InteropServices;

namespace EventDesk.Nlp.Common;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages (2 MB) where the system leaves
/// that to the program (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> = <c>madvise</c>, the
/// Debian default). Loading the models writes ~300 MB of fresh memory; with 4 KB pages that is
/// ~75,000 page faults, which on a virtual machine were a fifth of the start-up CPU
/// (docs/performance.md). Best effort: on other systems, or when anything fails, nothing changes.
/// </summary>
public static partial class HugePages
{
    private const int MadviseHugePage = 14;   // MADV_HUGEPAGE
    private const int MadviseNoHugePage = 15; // MADV_NOHUGEPAGE

    private static readonly Lock Gate = new();
    private static int _openScopes;
    private static (ulong Start, ulong End) _advised;

    /// <summary>
    /// Marks the address range the garbage collector reserved for its heap (found from a fresh
    /// large array in <c>/proc/self/maps</c>) as eligible for huge pages until the returned scope,
    /// and any other open at the same time, is disposed. Only for loading: the memory written in
    /// the scope keeps its huge pages, but after it the heap's own pages are small again, because
    /// the collector gives gen0 memory back and takes it again all the time, and huge pages made
    /// that slower (GC pauses 0.4 → 0.7-0.9 s in an HTML bench, throughput ~8 % lower). Set
    /// EVENTDESK_HUGE_PAGES=0 to turn it off.
    /// </summary>
    public static IDisposable ForLoading()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("EVENTDESK_HUGE_PAGES") == "0")
        {
            return NoScope.Instance;
        }
        lock (Gate)
        {
            if (_openScopes == 0)
            {
                if (Reservation() is not { } range || !Advise(range, MadviseHugePage))
                {
                    return NoScope.Instance;
                }
                _advised = range;
            }
            _openScopes++;
            return new Scope();
        }
    }

    /// <summary>Memory of this process in transparent huge pages now (AnonHugePages), or null where Linux does not say.</summary>
    public static long? ProcessHugePageBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/smaps_rollup"))
            {
                if (line.StartsWith("AnonHugePages:", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan("AnonHugePages:".Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture, out var kb))
                {
                    return kb * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        return null;
    }

    private static bool Advise((ulong Start, ulong End) range, int advice)
    {
        try
        {
            return Madvise((nint)range.Start, (nuint)(range.End - range.Start), advice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Closes a loading scope; the last one to close makes the heap's pages small again.</summary>
    private sealed class Scope : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }
            lock (Gate)
            {
                if (--_openScopes == 0)
                {
                    Advise(_advised, MadviseNoHugePage);
                }
            }
        }
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>The managed heap's reservation, or null when it cannot be found.</summary>
    private static (ulong Start, ulong End)? Reservation()
    {
        try
        {
            var probe = GC.AllocateUninitializedArray<byte>(1 << 20);
            nint address;
            unsafe
            {
                fixed (byte* p = probe)
                {
                    address = (nint)p;
                }
            }
            GC.KeepAlive(probe);
            return FindReservation(File.ReadLines("/proc/self/maps"), (ulong)address);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return null; // no /proc: keep the default pages
        }
    }

    /// <summary>
    /// The run of contiguous anonymous mappings around <paramref name="address"/> in the lines of a
    /// <c>/proc/PID/maps</c> file (the heap's reservation is one range that committing splits into
    /// several mappings), or null when the address is in no anonymous mapping.
    /// </summary>
    internal static (ulong Start, ulong End)? FindReservation(IEnumerable<string> mapsLines, ulong address)
    {
        var maps = new List<(ulong Start, ulong End, bool Anonymous)>();
        foreach (var line in mapsLines)
        {
            var dash = line.IndexOf('-');
            var space = line.IndexOf(' ');
            if (dash < 0 || space < dash)
            {
                continue;
            }
            var start = ulong.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = ulong.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // Anonymous: inode 0 and no path (the sixth field is absent).
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            maps.Add((start, end, fields.Length < 6 && fields.Length >= 5 && fields[4] == "0"));
        }
        var at = maps.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !maps[at].Anonymous)
        {
            return null;
        }
        int first = at, last = at;
        while (first > 0 && maps[first - 1].Anonymous && maps[first - 1].End == maps[first].Start)
        {
            first--;
        }
        while (last + 1 < maps.Count && maps[last + 1].Anonymous && maps[last + 1].Start == maps[last].End)
        {
            last++;
        }
        return (maps[first].Start, maps[last].End);
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
