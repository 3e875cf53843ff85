using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Text.Tests.Tokenization;

public class LowerCaseFormsTests
{
    [Theory]
    [InlineData("Since", "since")]
    [InlineData("ÉLYSÉE", "élysée")]
    [InlineData("", "")]
    [InlineData("already-lower", "already-lower")]
    public void Lower_cases_like_ToLowerInvariant(string form, string expected) =>
        Assert.Equal(expected, LowerCaseForms.Of(form));

    [Fact]
    public void The_same_form_gives_one_shared_string()
    {
        var first = LowerCaseForms.Of("Tuesday".AsSpan());
        var second = LowerCaseForms.Of("TUESDAY".AsSpan());
        Assert.Same(first, second);
    }

    [Fact]
    public void Forms_longer_than_the_cache_takes_are_still_lower_cased()
    {
        var longForm = new string('A', 40) + "Z";
        Assert.Equal(longForm.ToLowerInvariant(), LowerCaseForms.Of(longForm));
    }
}
