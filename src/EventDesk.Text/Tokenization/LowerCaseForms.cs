namespace EventDesk.Text.Tokenization;

/// <summary>
/// Lower-cased word forms, one string per distinct form and thread: rules lower-case the same few thousand words for every
/// token they look at and compare them with constants, so a shared string saves an allocation (two, with the copy of the
/// span) each time. Thread-safe (a cache per thread, emptied when it grows past 65,536 forms).
/// </summary>
public static class LowerCaseForms
{
    private const int MaxCachedLength = 32;
    private const int MaxEntries = 1 << 16;

    [ThreadStatic]
    private static Dictionary<string, string>? t_forms;

    /// <summary>The invariant lower case of <paramref name="form"/>.</summary>
    public static string Of(ReadOnlySpan<char> form)
    {
        if (form.Length > MaxCachedLength)
        {
            return form.ToString().ToLowerInvariant();
        }
        Span<char> buffer = stackalloc char[MaxCachedLength];
        var lower = buffer[..form.ToLowerInvariant(buffer)];
        var forms = t_forms ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var cached))
        {
            return cached;
        }
        if (forms.Count >= MaxEntries)
        {
            forms.Clear();
        }
        var made = new string(lower);
        forms[made] = made;
        return made;
    }
}
