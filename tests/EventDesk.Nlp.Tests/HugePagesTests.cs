using EventDesk.Nlp.Common;
using Xunit;

namespace EventDesk.Nlp.Tests;

public class HugePagesTests
{
    private const string Maps = """
        55d0c0000000-55d0c0021000 r-xp 00000000 fe:00 1234                       /usr/bin/dotnet
        7f0000000000-7f0000400000 rw-p 00000000 00:00 0
        7f0000400000-7f0010000000 ---p 00000000 00:00 0
        7f0010000000-7f0010200000 rw-p 00000000 00:00 0
        7f0010200000-7f0020000000 ---p 00000000 00:00 0
        7f0020000000-7f0020010000 r--p 00000000 fe:00 5678                       /usr/lib/libc.so.6
        7f0020010000-7f0020020000 rw-p 00000000 00:00 0
        7f0030000000-7f0030100000 rw-p 00000000 00:00 0
        """;

    private static IEnumerable<string> Lines => Maps.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Heap_reservation_is_the_run_of_contiguous_anonymous_mappings_around_the_address()
    {
        // Committed and reserved pieces of one reservation, between a program file and a library.
        Assert.Equal((0x7f0000000000UL, 0x7f0020000000UL), HugePages.FindReservation(Lines, 0x7f0010100000));
        Assert.Equal((0x7f0000000000UL, 0x7f0020000000UL), HugePages.FindReservation(Lines, 0x7f0000000000));
        // An anonymous mapping after a library and a gap stands alone.
        Assert.Equal((0x7f0020010000UL, 0x7f0020020000UL), HugePages.FindReservation(Lines, 0x7f0020010008));
        Assert.Equal((0x7f0030000000UL, 0x7f0030100000UL), HugePages.FindReservation(Lines, 0x7f00300000ff));
    }

    [Fact]
    public void Heap_reservation_is_not_found_in_a_file_mapping_or_outside_every_mapping()
    {
        Assert.Null(HugePages.FindReservation(Lines, 0x7f0020000008));
        Assert.Null(HugePages.FindReservation(Lines, 0x7f0040000000));
        Assert.Null(HugePages.FindReservation(["not a maps line", ""], 0x7f0000000000));
    }

    [SkippableFact]
    public void Memory_allocated_while_loading_may_use_huge_pages_and_not_after()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/proc/self/smaps"), "needs Linux /proc/self/smaps");
        var mode = File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
            ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled") : "";
        Skip.IfNot(mode.Contains("[madvise]") || mode.Contains("[always]"), "transparent huge pages are off on this system");
        Skip.If(Environment.GetEnvironmentVariable("EVENTDESK_HUGE_PAGES") == "0", "EVENTDESK_HUGE_PAGES=0");
        byte[] table;
        using (var scope = HugePages.ForLoading())
        {
            table = GC.AllocateArray<byte>(8 << 20, pinned: true);
            Assert.Contains("hg", VmFlagsAt(table));
            scope.Dispose(); // twice is harmless
        }
        // Scopes of other tests may be open at the same time; wait for the last to close.
        for (var i = 0; i < 200 && !VmFlagsAt(table).Contains("nh"); i++)
        {
            Thread.Sleep(50);
        }
        Assert.Contains("nh", VmFlagsAt(table));
        Assert.DoesNotContain("hg", VmFlagsAt(table));
    }

    /// <summary>The VmFlags of the mapping that holds the pinned array (from /proc/self/smaps).</summary>
    private static string[] VmFlagsAt(byte[] pinned)
    {
        var address = (ulong)System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(pinned, 0);
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-');
            var space = line.IndexOf(' ');
            if (dash > 0 && space > dash && IsRange(line, dash, space, out var start, out var end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }
        GC.KeepAlive(pinned);
        return [];
    }

    private static bool IsRange(string line, int dash, int space, out ulong start, out ulong end)
    {
        end = 0;
        return ulong.TryParse(line.AsSpan(0, dash), System.Globalization.NumberStyles.HexNumber, null, out start)
            && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), System.Globalization.NumberStyles.HexNumber, null, out end);
    }
}
