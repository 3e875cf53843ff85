using System.Text;

namespace EventDesk.Ingest.Sources;

/// <summary>
/// Turns input bytes into text: BOM-aware UTF-8/UTF-16, falling back to Windows-1252-like Latin-1
/// for invalid UTF-8 (with a warning), and refusing binary data. Thread-safe (stateless).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes, or returns a problem describing why the bytes are not text.</summary>
    public static (string? Text, string? Warning, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, null, "the input is empty");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), null, null);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null, null);
        }
        if (LooksBinary(bytes))
        {
            return (null, null, "the input looks binary (NUL or many control bytes), not text");
        }
        try
        {
            return (StrictUtf8.GetString(bytes), null, null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), "the input is not valid UTF-8; decoded as Latin-1", null);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }
        return control > sample.Length / 10;
    }
}
