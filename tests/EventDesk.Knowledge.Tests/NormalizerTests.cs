using EventDesk.Knowledge;
using Xunit;

namespace EventDesk.Knowledge.Tests;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    [InlineData("Cote d’Ivoire", "cote divoire")]
    [InlineData("  U.S.  ", "us")]
    [InlineData("al-Qaeda", "al qaeda")]
    [InlineData("FOREIGN_MINISTER", "foreign minister")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("Tórshavn", "torshavn")]
    [InlineData("Recep Tayyip Erdoğan", "recep tayyip erdogan")]
    public void Normalize_folds_case_diacritics_punctuation(string input, string expected)
    {
        Assert.Equal(expected, KeyNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_survives_hostile_strings()
    {
        foreach (var s in new[] { "", " ", "\u0301", "\uFEFF", "''", "...", "😀", "\0", new string('-', 100) })
        {
            _ = KeyNormalizer.Normalize(s);
        }
    }
}
