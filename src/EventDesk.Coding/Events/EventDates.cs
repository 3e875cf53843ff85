using EventDesk.Coding.Dates;
using EventDesk.Nlp;
using EventDesk.Text;

namespace EventDesk.Coding.Events;

/// <summary>
/// Picks the time expression that dates an event. The expression must modify the trigger's clause, a clause
/// above it ("X said on Saturday that Y pledged": Saturday dates the pledge), or a complement or phrase below it
/// ("is due to meet in January", "a statement issued at their meeting in July"). An expression inside another
/// clause (an adverbial, relative, reported or coordinated clause of its own) dates that clause's event, not
/// this one ("Since gaining independence in 1947, Pakistan has received 23 packages"; "the Taliban, who seized
/// power in 2021, have imposed"); the caller then falls back to the document date. Stateless.
/// </summary>
internal static class EventDates
{
    public static DateOnly? For(SentenceTree tree, int trigger, TimeExpressionLayer? times)
    {
        if (times is null)
        {
            return null;
        }
        TimeExpression? best = null;
        foreach (var e in times.Expressions)
        {
            if (e.Sentence != tree.Index || !e.IsResolved)
            {
                continue;
            }
            var head = HeadOf(tree, e.Span);
            if (head < 0 || InOtherClause(tree, head, trigger) && !PreventedAct(tree, tree.Head(head), trigger))
            {
                continue;
            }
            if (best is null || e.Granularity == TimeGranularity.Day && best.Granularity != TimeGranularity.Day)
            {
                best = e;
            }
        }
        return best?.Start;
    }

    /// <summary>
    /// The last day of a time expression that dates the trigger's own act as a point in time, for the background test: hung on the trigger
    /// or a clause above it (not inside a phrase below it: "apologized for the downing of a warplane last year" is a recent apology),
    /// and not the start or end of a span ("has been fighting since 2011", "as of 2016", "until 2020") except the start of a toll
    /// ("has killed 40,000 people since 1969"). Null when there is none.
    /// </summary>
    public static DateOnly? PointInTime(SentenceTree tree, int trigger, TimeExpressionLayer? times)
    {
        if (times is null)
        {
            return null;
        }
        if (WhenClauseAfterTime(tree, trigger, times) is { } when)
        {
            return when; // "The island has been divided since 1974, when Turkey invaded": the invasion of 1974
        }
        foreach (var e in times.Expressions)
        {
            if (e.Sentence != tree.Index || !e.IsResolved || HeadOf(tree, e.Span) is not (>= 0 and var head)
                || tree.Head(head) is not (>= 0 and var hanging)
                || InOtherClause(tree, head, trigger) && !PreventedAct(tree, hanging, trigger)
                || !(hanging == trigger || tree.IsAncestor(hanging, trigger)
                    // (or on the act it bars: "barred the commander from entering its territory in August 2025")
                    || PreventedAct(tree, hanging, trigger)
                    // (or on the verb's object, where the parser often hangs it: "quit the bloc in January 2025"; not on a noun of
                    // another act: "apologized for the downing of a warplane last year")
                    || tree.Head(hanging) == trigger && tree.Upos(hanging) is Upos.NOUN or Upos.PROPN && !ActLikeNoun(tree, hanging)
                    // (or on the verb it governs as one act: "agreed to halt hostilities in May 2025")
                    || tree.Head(hanging) == trigger && tree.RelIs(hanging, "xcomp")
                    // (or on the act noun that says how it was done: "seized power in a coup in February 2021")
                    || tree.Head(hanging) == trigger && tree.RelIs(hanging, "obl") && tree.HasMarker(hanging, "in") && ActLikeNoun(tree, hanging)))
            {
                continue;
            }
            var spanMarker = false;
            var since = false;
            foreach (var c in tree.Children(head))
            {
                spanMarker |= (tree.RelIs(c, "case") || tree.RelIs(c, "mark")) && tree.LowerForm(c) is "since" or "as" or "until" or "till" or "by" or "before" or "after" or "from";
                since |= (tree.RelIs(c, "case") || tree.RelIs(c, "mark")) && tree.LowerForm(c) == "since";
            }
            if (!spanMarker && tree.Document.Text.AsSpan(Math.Max(0, e.Span.Start - 6), Math.Min(6, e.Span.Start)).TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase))
            {
                spanMarker = since = true; // "since 2011" with the preposition outside the expression's tokens
            }
            if (since && hanging == trigger && PresentPerfect(tree, trigger) && e.Start is { } began)
            {
                // "The communist insurgency has killed an estimated 40,000 people since 1969": a toll counted since then is dated from
                // its start (background when that is long ago), not an act of today.
                return began;
            }
            if (!spanMarker)
            {
                return e.End ?? e.Start; // the last day it may mean: "in 2016" is as late as December, "in January 2025" as its 31st
            }
        }
        if (tree.RelIs(trigger, "advcl") && tree.Pos.XposOf(trigger) == "VBG" && tree.Child(trigger, "nsubj") < 0 && tree.Child(trigger, "mark") < 0
            && tree.Head(trigger) is var main and >= 0 && tree.Upos(main) == Upos.VERB)
        {
            // "The military seized power in a coup in February 2021, ousting an elected government": a participle with no subject
            // or conjunction of its own tells more of its verb's act, at its time.
            return PointInTime(tree, main, times);
        }
        foreach (var c in tree.Children(trigger))
        {
            if (c < trigger && tree.RelIs(c, "advcl") && tree.ChildExact(c, "mark") is var mark and >= 0 && tree.LowerForm(mark) is "after" or "when"
                && PointInTime(tree, c, times) is { } then)
            {
                // "After Cyclone Pam struck in 2015, Australia and New Zealand sent military ships": an act told with no time of its
                // own right after a dated one happened then too.
                return then;
            }
        }
        return null;
    }

    /// <summary>"has killed", "have fired": a past participle with the auxiliary "has" or "have" (not "had", not a passive).</summary>
    private static bool PresentPerfect(SentenceTree tree, int verb)
    {
        if (tree.Pos.XposOf(verb) != "VBN" || tree.Child(verb, "aux:pass") >= 0)
        {
            return false;
        }
        foreach (var c in tree.Children(verb))
        {
            if (tree.RelIs(c, "aux") && tree.LowerForm(c) is "has" or "have" or "'ve")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"barred X from entering ...", "banned them from travelling ...": the act a verb prevents, written as a from-clause under it.</summary>
    private static bool PreventedAct(SentenceTree tree, int clause, int trigger) =>
        clause >= 0 && tree.Head(clause) == trigger && tree.RelIs(clause, "advcl") && tree.ChildExact(clause, "mark") is var mark and >= 0 && tree.LowerForm(mark) == "from";

    /// <summary>
    /// The last day of a time expression followed by ", when" that opens the trigger's clause ("since 1974, when Turkey invaded", "in
    /// 2008, when Russia recognised the regions"): that clause tells what happened then. Null otherwise.
    /// </summary>
    private static DateOnly? WhenClauseAfterTime(SentenceTree tree, int trigger, TimeExpressionLayer times)
    {
        if (!tree.RelIs(trigger, "advcl") && !tree.RelIs(trigger, "acl:relcl"))
        {
            return null;
        }
        foreach (var c in tree.Children(trigger))
        {
            if (c < trigger && tree.LowerForm(c) == "when" && c - 2 >= tree.First && tree.LowerForm(c - 1) == ",")
            {
                var before = tree.SpanOf(c - 2);
                foreach (var e in times.Expressions)
                {
                    if (e.Sentence == tree.Index && e.IsResolved && e.Span.Start <= before.Start && e.Span.End >= before.End)
                    {
                        return e.End ?? e.Start;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>A noun that names an act of its own ("the downing", "the invasion", "the withdrawal", "the attack").</summary>
    private static bool ActLikeNoun(SentenceTree tree, int noun)
    {
        var lemma = tree.Lemma(noun).ToLowerInvariant();
        return lemma.EndsWith("ing", StringComparison.Ordinal) || lemma.EndsWith("tion", StringComparison.Ordinal) || lemma.EndsWith("sion", StringComparison.Ordinal)
            || lemma.EndsWith("ment", StringComparison.Ordinal) || lemma.EndsWith("al", StringComparison.Ordinal) || lemma.EndsWith("ure", StringComparison.Ordinal)
            || EventCoder.IsActNounLemma(lemma) || lemma is "war" or "meeting" or "talk" or "deal" or "summit" or "election" or "ban";
    }

    /// <summary>
    /// Climbing from the expression to the nearest node that is the trigger or one of its ancestors, does the
    /// path leave a clause of its own (a verb attached as advcl, acl:relcl, ccomp, csubj, parataxis or conj)?
    /// </summary>
    private static bool InOtherClause(SentenceTree tree, int head, int trigger)
    {
        for (var (x, hops) = (head, 0); x >= 0 && hops < 64; x = tree.Head(x), hops++)
        {
            if (x == trigger || tree.IsAncestor(x, trigger))
            {
                return false;
            }
            if (tree.Upos(x) is Upos.VERB or Upos.AUX or Upos.ADJ
                && (tree.RelIs(x, "advcl") || tree.RelIs(x, "acl:relcl") || tree.RelIs(x, "ccomp") || tree.RelIs(x, "csubj")
                    || tree.RelIs(x, "parataxis") || tree.RelIs(x, "conj")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token of <paramref name="span"/> whose head lies outside it (the phrase's head), or -1.</summary>
    private static int HeadOf(SentenceTree tree, TextSpan span)
    {
        var tokens = tree.Document.Tokens;
        for (var t = tree.First; t < tree.End; t++)
        {
            if (tokens.Starts[t] < span.Start || tokens.Ends[t] > span.End)
            {
                continue;
            }
            var h = tree.Head(t);
            if (h < 0 || tokens.Starts[h] < span.Start || tokens.Ends[h] > span.End)
            {
                return t;
            }
        }
        return -1;
    }
}
