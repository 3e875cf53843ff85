using System.IO.Compression;
using System.Text;

namespace EventDesk.Nlp.Common;

/// <summary>A model file that is missing, truncated, corrupt or of another kind or version.</summary>
public sealed class ModelFormatException(string path, string message)
    : Exception($"Model file '{path}': {message}")
{
    public string Path { get; } = path;
}

/// <summary>
/// The EventDesk model container: a fixed header (magic, format version, kind, payload length,
/// checksum) followed by a zlib-compressed payload. Writing the same model twice gives the same
/// bytes. Static and thread-safe.
/// </summary>
internal static class ModelFile
{
    private static readonly byte[] Magic = "EDMODEL1"u8.ToArray();
    public const int FormatVersion = 1;

    public static void Write(string path, string kind, Action<BinaryWriter> writePayload)
    {
        var bytes = ToBytes(kind, writePayload);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }
        File.WriteAllBytes(path, bytes);
    }

    public static byte[] ToBytes(string kind, Action<BinaryWriter> writePayload)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(z, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(w);
        }
        var payload = raw.ToArray();
        using var file = new MemoryStream();
        using (var w = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(kind);
            w.Write((long)payload.Length);
            w.Write(Checksum(payload));
            w.Write(payload);
        }
        return file.ToArray();
    }

    public static T Read<T>(string path, string kind, Func<BinaryReader, T> readPayload)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException(path, $"cannot be read ({e.Message}).");
        }
        return FromBytes(bytes, path, kind, readPayload);
    }

    public static T FromBytes<T>(byte[] bytes, string path, string kind, Func<BinaryReader, T> readPayload)
    {
        using var file = new MemoryStream(bytes, writable: false);
        using var r = new BinaryReader(file, Encoding.UTF8);
        long length;
        ulong checksum;
        try
        {
            var magic = r.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new ModelFormatException(path, "is not an EventDesk model (bad magic bytes).");
            }
            var version = r.ReadInt32();
            if (version != FormatVersion)
            {
                throw new ModelFormatException(path, $"has format version {version}; this build reads version {FormatVersion}. Retrain or use a matching build.");
            }
            var actualKind = r.ReadString();
            if (actualKind != kind)
            {
                throw new ModelFormatException(path, $"holds a '{actualKind}' model, expected '{kind}'.");
            }
            length = r.ReadInt64();
            checksum = r.ReadUInt64();
        }
        catch (EndOfStreamException)
        {
            throw new ModelFormatException(path, "is truncated (the header is incomplete).");
        }
        if (length < 0 || length != file.Length - file.Position)
        {
            throw new ModelFormatException(path, $"is truncated or padded: the header announces {length} payload bytes, {file.Length - file.Position} are present.");
        }
        var payload = bytes.AsSpan((int)file.Position, (int)length);
        if (Checksum(payload) != checksum)
        {
            throw new ModelFormatException(path, "is corrupt (checksum mismatch). Restore it from git or retrain.");
        }
        try
        {
            using var ms = new MemoryStream(bytes, (int)file.Position, (int)length, writable: false);
            using var z = new ZLibStream(ms, CompressionMode.Decompress);
            using var br = new BinaryReader(new BufferedStream(z, 1 << 16), Encoding.UTF8);
            return readPayload(br);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException or OutOfMemoryException)
        {
            throw new ModelFormatException(path, $"has an unreadable payload ({e.GetType().Name}: {e.Message}).");
        }
    }

    /// <summary>FNV-1a over the bytes, mixed; enough to catch truncation and bit rot.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        var h = 14695981039346656037UL;
        foreach (var b in data)
        {
            h = (h ^ b) * 1099511628211UL;
        }
        return FeatureHash.Mix(h);
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var v in values)
        {
            w.Write(v);
        }
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var n = ReadCount(r, 10_000_000);
        var values = new string[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = r.ReadString();
        }
        return values;
    }

    public static int ReadCount(BinaryReader r, int max)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > max)
        {
            throw new InvalidDataException($"count {n} is out of range 0..{max}");
        }
        return n;
    }

    // Arrays are stored little-endian as raw bytes (all supported platforms are little-endian).
    public static void WriteArray<T>(BinaryWriter w, ReadOnlySpan<T> values) where T : unmanaged
    {
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
    }

    public static void ReadArray<T>(BinaryReader r, Span<T> into) where T : unmanaged
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(into);
        while (bytes.Length > 0)
        {
            var n = r.Read(bytes);
            if (n <= 0)
            {
                throw new EndOfStreamException("the payload ends inside an array");
            }
            bytes = bytes[n..];
        }
    }
}
