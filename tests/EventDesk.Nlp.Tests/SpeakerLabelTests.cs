using EventDesk.Text;
using Xunit;

namespace EventDesk.Nlp.Tests;

/// <summary>Which sentence starts the parser treats as a transcript's speaker label ("VOA:", "Lindsey Graham:").</summary>
public sealed class SpeakerLabelTests
{
    private static int LabelLength(string sentence)
    {
        // Whitespace-separated tokens are enough here.
        var starts = new List<int>();
        var ends = new List<int>();
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] != ' ' && (i == 0 || sentence[i - 1] == ' '))
            {
                starts.Add(i);
            }
            if (sentence[i] != ' ' && (i + 1 == sentence.Length || sentence[i + 1] == ' '))
            {
                ends.Add(i + 1);
            }
        }
        var tokens = new TokenLayer(sentence, [.. starts], [.. ends]);
        return DependencyParser.SpeakerLabelLength(tokens, 0, starts.Count);
    }

    [Theory]
    [InlineData("VOA : Putin visited China .", 2)]
    [InlineData("Lindsey Graham : We will not accept it .", 3)]
    [InlineData("Q : Is the ceasefire holding ?", 2)]
    [InlineData("He said : we will not accept it .", 0)]       // a clause before the colon
    [InlineData("Image : David Titley", 0)]                      // too short to be a sentence after it
    [InlineData("The Foreign Ministry of Japan and its Agency : no comment on it .", 0)] // too long for a label
    [InlineData("Putin visited China on Monday .", 0)]
    public void Finds_a_short_capitalised_label_followed_by_a_sentence(string sentence, int expected) =>
        Assert.Equal(expected, LabelLength(sentence));
}
