using System.Text;

namespace EventDesk.Knowledge;

/// <summary>
/// Builds lookup keys so that spelling noise does not defeat a dictionary match:
/// case, diacritics ("Côte" = "Cote"), apostrophes (curly, straight, modifier letters: removed),
/// periods ("U.S." = "US"), hyphens and underscores (= space), and runs of white space.
/// Thread-safe (stateless).
/// </summary>
public static class KeyNormalizer
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Folding writes at most two characters per character (æ -> ae), plus the spaces between words.
        var capacity = 2 * text.Length;
        char[]? rented = null;
        var buffer = capacity <= 256 ? stackalloc char[capacity] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(capacity));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/')
            {
                pendingSpace = length > 0;
                continue;
            }
            if (c is '.' or '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '"' or '\u201C' or '\u201D' or ',')
            {
                continue;
            }
            // ASCII without a look-up (nearly every character of a key); others through the table.
            ReadOnlySpan<char> folded = c < 128 ? [c is >= 'A' and <= 'Z' ? (char)(c + 32) : c] : Fold(c);
            if (folded.Length == 0)
            {
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            folded.CopyTo(buffer[length..]);
            length += folded.Length;
        }
        var key = new string(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
        return key;
    }

    public static string Normalize(string text) => Normalize(text.AsSpan());

    // Explicit table rather than string.Normalize: the project runs with InvariantGlobalization,
    // and an explicit table also folds letters that do not decompose (ø, ł, ß, ı, æ).
    private static string Fold(char c)
    {
        if (Table.TryGetValue(c, out var mapped))
        {
            return mapped;
        }
        if (c is >= '\u0300' and <= '\u036F')
        {
            return string.Empty; // combining marks
        }
        return char.ToLowerInvariant(c).ToString();
    }

    private static readonly Dictionary<char, string> Table = BuildTable();

    private static Dictionary<char, string> BuildTable()
    {
        var table = new Dictionary<char, string>();
        void Map(string chars, string to)
        {
            foreach (var ch in chars)
            {
                table[ch] = to;
            }
        }
        Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎȦȧẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ", "a");
        Map("ÆæǼǽ", "ae");
        Map("ÇçĆćĈĉĊċČč", "c");
        Map("ĎďĐđÐð", "d");
        Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚěẸẹẺẻẼẽẾếỀềỂểỄễỆệƏə", "e");
        Map("ĜĝĞğĠġĢģǦǧ", "g");
        Map("ĤĥĦħḤḥ", "h");
        Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐỈỉỊị", "i");
        Map("Ĵĵ", "j");
        Map("ĶķǨǩ", "k");
        Map("ĹĺĻļĽľĿŀŁł", "l");
        Map("ÑñŃńŅņŇňŉ", "n");
        Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ", "o");
        Map("Œœ", "oe");
        Map("ŔŕŖŗŘř", "r");
        Map("ŚśŜŝŞşŠšȘșṢṣ", "s");
        Map("ß", "ss");
        Map("ŢţŤťŦŧȚțṬṭ", "t");
        Map("Þþ", "th");
        Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜỤụỦủỨứỪừỬửỮữỰự", "u");
        Map("Ŵŵ", "w");
        Map("ÝýÿŶŷŸỲỳỴỵỶỷỸỹ", "y");
        Map("ŹźŻżŽž", "z");
        Map("\u00A0\u00AD", "");
        return table;
    }
}
