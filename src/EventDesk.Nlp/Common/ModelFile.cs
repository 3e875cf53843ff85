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
/// checksum) followed by a zlib payload. Writing the same model twice gives the same bytes.
/// Static and thread-safe.
/// </summary>
/// <remarks>
/// Format 2 checksums the payload with XXH3 (System.IO.Hashing), format 1 with FNV-1a, one byte at a
/// time: 50-130 ms for each of the tagger and the parser at start-up, against a few milliseconds.
/// A payload that zlib would shrink by less than a tenth is stored in uncompressed deflate blocks. The weight tables
/// (hash-key gaps and int16 weights) shrink by about a quarter: storing them saved about 0.1 s of start-up but made
/// the model files 12 MB larger, so those stay compressed. Files of format 1 and 2 are both read.
/// </remarks>
internal static class ModelFile
{
    private static readonly byte[] Magic = "EDMODEL1"u8.ToArray();
    public const int FormatVersion = 2;

    /// <summary>The first format, whose checksum is <see cref="Fnv1aChecksum"/>.</summary>
    private const int FnvChecksumVersion = 1;

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
        using var plain = new MemoryStream();
        using (var w = new BinaryWriter(plain, Encoding.UTF8, leaveOpen: true))
        {
            writePayload(w);
        }
        var payload = Deflate(plain, CompressionLevel.SmallestSize);
        if (payload.Length > plain.Length * 9 / 10)
        {
            payload = Deflate(plain, CompressionLevel.NoCompression);
        }
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

    /// <summary>Rewrites a model file of any kind in the current format, its payload unchanged (after checking it).</summary>
    public static void Rewrite(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var kind = KindOf(bytes, path);
        var payload = FromBytes(bytes, path, kind, r =>
        {
            using var copy = new MemoryStream();
            r.BaseStream.CopyTo(copy);
            return copy.ToArray();
        });
        Write(path, kind, w => w.Write(payload));
    }

    private static string KindOf(byte[] bytes, string path)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            r.ReadBytes(Magic.Length);
            r.ReadInt32();
            return r.ReadString();
        }
        catch (EndOfStreamException)
        {
            throw new ModelFormatException(path, "is truncated (the header is incomplete).");
        }
    }

    private static byte[] Deflate(MemoryStream plain, CompressionLevel level)
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, level, leaveOpen: true))
        {
            z.Write(plain.GetBuffer(), 0, (int)plain.Length);
        }
        return raw.ToArray();
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
        int version;
        try
        {
            var magic = r.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new ModelFormatException(path, "is not an EventDesk model (bad magic bytes).");
            }
            version = r.ReadInt32();
            if (version is not (FormatVersion or FnvChecksumVersion))
            {
                throw new ModelFormatException(path, $"has format version {version}; this build reads versions {FnvChecksumVersion} and {FormatVersion}. Retrain or use a matching build.");
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
        if ((version == FnvChecksumVersion ? Fnv1aChecksum(payload) : Checksum(payload)) != checksum)
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

    /// <summary>XXH3 of the payload (format 2): enough to catch truncation and bit rot, at memory speed.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data) => System.IO.Hashing.XxHash3.HashToUInt64(data);

    /// <summary>FNV-1a over the bytes, mixed (format 1).</summary>
    public static ulong Fnv1aChecksum(ReadOnlySpan<byte> data)
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
