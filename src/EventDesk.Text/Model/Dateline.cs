using System.Collections.Immutable;

namespace EventDesk.Text;

/// <summary>
/// The dateline that opens a news story (<c>KABUL:</c>, <c>WASHINGTON (Reuters) -</c>,
/// <c>MOSCOW, March 3 (AFP) -</c>). <see cref="Span"/> covers the whole dateline including its
/// final separator; <see cref="PlaceSpan"/> the place name. <see cref="None"/> marks a document
/// that was checked and has no dateline. Immutable.
/// </summary>
public sealed record Dateline(TextSpan Span, TextSpan PlaceSpan, string Place, string? Agency, string? DateText)
{
    public static Dateline None { get; } = new(default, default, "", null, null);

    /// <summary>The state or country written after the place ("KYIV, Ukraine"), or null.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// Datelines that open later paragraphs of a roundup ("KHARTOUM, April 11 - ..."), in text order; each paragraph
    /// to the next is filed from its place. Empty for an ordinary story.
    /// </summary>
    public ImmutableArray<Dateline> Sections { get; init; } = [];

    public bool IsPresent => Span.Length > 0;

    /// <summary>The dateline that heads the text at <paramref name="offset"/>: the last section before it, else this one.</summary>
    public Dateline At(int offset)
    {
        for (var i = Sections.Length - 1; i >= 0; i--)
        {
            if (Sections[i].Span.Start <= offset)
            {
                return Sections[i];
            }
        }
        return this;
    }
}
