using System.Collections.Frozen;
using EventDesk.Text;

namespace EventDesk.Nlp.Tagging;

/// <summary>
/// A full sentence has a finite verb. The greedy tagger sometimes reads the only verb of a sentence as a past
/// participle after a plural noun ("Indian and Chinese troops clashed in the valley." — as in "troops
/// stationed in the valley"), and the parser then makes the noun the root and the verb a modifier, so the
/// clause loses its subject. When a sentence that ends with a full stop or an exclamation mark has no finite
/// verb (VBD, VBZ, VBP, MD, or a VB that is not an infinitive), its first past participle that follows a noun
/// or pronoun, not right after an adverb, determiner, preposition or conjunction ("highly recommended", "the
/// attached file"), is read as a past tense. Measured on EWT and GUM dev (gold tokens): 11 such participles
/// were past tenses, 3 were participles (fragments such as "Site made!").
/// </summary>
internal static class FiniteVerbRepair
{
    /// <summary>
    /// "Colombian troops later clashed with ELN fighters": a participle right after an adverb of time or report that follows the
    /// subject's noun or pronoun is the clause's verb ("highly recommended" stays a participle: its adverb follows no noun).
    /// </summary>
    private static bool AfterSubjectAndSentenceAdverb(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i) =>
        i >= 2 && SentenceAdverbs.Contains(tokens.TextOf(firstToken + i - 1).ToString())
        && Xpos(tagger, classes[i - 2]) is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";

    /// <summary>
    /// "called on Russia to let them cross the line": an infinitive without "to" after "let", "make" or "help" and their object is
    /// no finite verb of the sentence (it had kept "called" a participle of "the EU mission").
    /// </summary>
    private static bool BareInfinitiveOfCausative(TokenLayer tokens, int firstToken, int i) =>
        i >= 2 && tokens.TextOf(firstToken + i - 2) is "let" or "make" or "help" or "letting" or "making" or "helping"
        && tokens.TextOf(firstToken + i - 1) is "them" or "him" or "her" or "us" or "it" or "me" or "people" or "civilians";

    private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
    {
        "later", "then", "also", "again", "reportedly", "allegedly", "subsequently", "earlier", "previously", "recently", "repeatedly",
        "finally", "briefly", "jointly", "separately", "eventually", "initially", "immediately", "already", "once", "twice", "swiftly",
    };

    /// <summary>Retags in place; <paramref name="classes"/> are tagger classes of one sentence.</summary>
    public static void Apply(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        var n = classes.Length;
        if (pastTenseClass < 0 || n < 3 || !EndsWithStop(tokens, firstToken, n))
        {
            return;
        }
        if (VerbAfterRelativeClause(tokens, firstToken, classes, tagger) is var afterRelative and >= 0)
        {
            classes[afterRelative] = pastTenseClass;
            return;
        }
        var nominalBefore = false;
        var candidate = -1;
        for (var i = 0; i < n; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if ((x is "VBD" or "VBZ" or "VBP" or "MD" || (x == "VB" && (i == 0 || Xpos(tagger, classes[i - 1]) != "TO") && !BareInfinitiveOfCausative(tokens, firstToken, i)))
                && !TrailingAttribution(tokens, firstToken, classes, tagger, i))
            {
                return;
            }
            if (candidate < 0 && (x == "VBN" || EdWordReadAsModifier(tokens, firstToken, classes, tagger, i))
                && (nominalBefore || x == "VBN" && NominalAdjectiveBefore(tokens, firstToken, classes, tagger, i))
                && (Xpos(tagger, classes[i - 1]) is not ("RB" or "RBR" or "RBS" or "DT" or "IN" or "TO" or "CC" or ",")
                    || x == "VBN" && (AfterParenthesis(classes, tagger, i) || AfterApposedName(classes, tagger, i) || AfterNameAndItsApposition(classes, tagger, i)
                        || AfterSubjectAndSentenceAdverb(tokens, firstToken, classes, tagger, i)))
                && !HyphenGlued(tokens, firstToken + i))
            {
                candidate = i;
            }
            // "Russia shot down a drone" read as a noun "shot" with "down" as a preposition: a lowercase noun between the
            // subject's noun and a particle that an object follows ("down a", "off two") is the verb, also when a later
            // coordinated verb is finite ("Pakistan shot down two jets and captured a pilot"; "Jordan shot down Iranian drones").
            if (x == "NN" && i > 0 && i + 2 < n && Xpos(tagger, classes[i - 1]) is "NN" or "NNP" or "NNS" or "NNPS" or "PRP"
                && char.IsLower(tokens.TextOf(firstToken + i)[0]) && Particles.Contains(tokens.TextOf(firstToken + i + 1).ToString())
                && Xpos(tagger, classes[i + 2]) is "DT" or "CD" or "PRP$" or "JJ" or "NNS" or "NNPS") // "shot down Iranian drones"
            {
                classes[i] = pastTenseClass;
                return;
            }
            // "Riot police beat detainees with batons" read as a noun compound "police beat": a past tense whose form is also a noun,
            // between the subject's noun and an object, in a sentence with no finite verb before it.
            if (x is "NN" or "JJ" && i > 0 && i + 1 < n && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                && NounLikePasts.Contains(tokens.TextOf(firstToken + i))
                && Xpos(tagger, classes[i + 1]) is "DT" or "CD" or "PRP$" or "PRP" or "NNS" or "NNPS" or "NNP")
            {
                classes[i] = pastTenseClass;
                return;
            }
            nominalBefore |= x.StartsWith("NN", StringComparison.Ordinal) || x == "PRP";
        }
        if (candidate >= 0)
        {
            classes[candidate] = pastTenseClass;
        }
    }

    /// <summary>
    /// "The West imposed sanctions on Russia", "The British expelled two diplomats": a capitalised adjective right after the
    /// opening determiner is the subject (a people or a bloc of states), so a participle after it may be the verb.
    /// </summary>
    private static bool NominalAdjectiveBefore(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i) =>
        i == 2 && Xpos(tagger, classes[0]) == "DT" && Xpos(tagger, classes[1]) == "JJ" && char.IsUpper(tokens.TextOf(firstToken + 1)[0]);

    /// <summary>Past tenses of acts that are also nouns ("a police beat", "a hit", "a shot", "a cut").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLikePasts = new[]
    {
        "beat", "hit", "shot", "cut", "struck",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "The Secretary-General calls on the de facto authorities to rescind this decision": after a title written with a hyphen
    /// ("Secretary - General" as three tokens) the present tense of a verb of appeal or statement was read as a plural noun
    /// of a compound, and the sentence had no verb. In a sentence with no finite verb, such a word right after a noun and
    /// before a preposition, a determiner, "that" or "to" is the verb.
    /// </summary>
    public static void ApplyReportingPresent(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int presentTenseClass)
    {
        var n = classes.Length;
        if (presentTenseClass < 0 || n < 4 || !EndsWithStop(tokens, firstToken, n))
        {
            return;
        }
        // ("Sirens sound across Israel as Iran fires waves of ballistic missiles at Tel Aviv": after a subordinator and a name the
        // clause needs its verb whatever the main clause has.)
        for (var i = 2; i + 1 < n; i++)
        {
            if (tokens.TextOf(firstToken + i - 2) is "as" or "while" or "when" or "after" or "before" or "because" or "since" or "and" or "but"
                && ActAfterName(tokens, firstToken, classes, tagger, i))
            {
                classes[i] = presentTenseClass;
            }
        }
        var candidate = -1;
        for (var i = 0; i < n; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (x is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return;
            }
            if (candidate < 0 && x == "NNS" && i > 0 && i + 1 < n && Xpos(tagger, classes[i - 1]) is "NN" or "NNP" or "NNPS"
                && ReportingPresents.Contains(tokens.TextOf(firstToken + i))
                && Xpos(tagger, classes[i + 1]) is "IN" or "TO" or "DT" or "PRP$" or "RB")
            {
                candidate = i;
            }
            // "Iran fires ballistic missiles at Tel Aviv" (a live blog's present tense): an act after a country's or a person's
            // name, before its object, in a sentence with no other verb.
            if (candidate < 0 && i + 2 < n && ActAfterName(tokens, firstToken, classes, tagger, i))
            {
                candidate = i;
            }
        }
        if (candidate >= 0)
        {
            classes[candidate] = presentTenseClass;
        }
    }

    /// <summary>A present tense of an act read as a plural noun right after a name and before its object ("Iran fires ballistic missiles").</summary>
    private static bool ActAfterName(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i) =>
        i > 0 && i + 1 < classes.Length && Xpos(tagger, classes[i]) == "NNS" && Xpos(tagger, classes[i - 1]) is "NNP" or "NNPS"
        && ActPresents.Contains(tokens.TextOf(firstToken + i))
        && Xpos(tagger, classes[i + 1]) is "DT" or "JJ" or "NNS" or "NNP" or "CD" or "PRP$";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ActPresents = new[]
    {
        "fires", "launches", "strikes", "attacks", "sends", "deploys", "bombs", "shells", "seizes", "bans", "imposes", "expels", "recalls",
        "summons", "rejects", "accuses", "blames", "threatens", "signs", "meets", "visits", "hosts", "arrests", "releases", "frees",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingPresents = new[]
    {
        "calls", "appeals", "urges", "says", "warns", "demands", "welcomes", "condemns", "expresses", "reaffirms", "notes", "stresses",
        "regrets", "deplores", "reiterates", "commends", "encourages", "underlines", "requests", "invites", "emphasizes", "emphasises",
        "remains", "asks", "hopes", "believes",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "The United States, which is not a member of the court, imposed sanctions on four ICC judges": the "-ed" word right after
    /// the comma that closes a relative clause on the subject, with an object after it, is the main verb (it was read as a
    /// participle of "sanctions", and the sentence lost its verb). Only when no finite verb comes before the relative clause
    /// or between it and the word. The word's index, or -1.
    /// </summary>
    private static int VerbAfterRelativeClause(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger)
    {
        var n = classes.Length;
        for (var k = 1; k + 3 < n; k++)
        {
            if (Xpos(tagger, classes[k]) == "," && tokens.TextOf(firstToken + k + 1) is "which" or "who" or "whose"
                && Xpos(tagger, classes[k - 1]) is "NN" or "NNS" or "NNP" or "NNPS")
            {
                for (var j = 0; j < k; j++)
                {
                    if (Xpos(tagger, classes[j]) is "VBD" or "VBZ" or "VBP" or "MD")
                    {
                        return -1;
                    }
                }
                for (var m = k + 3; m + 2 < n; m++)
                {
                    if (Xpos(tagger, classes[m]) != ",")
                    {
                        continue;
                    }
                    var i = m + 1;
                    var word = tokens.TextOf(firstToken + i);
                    return word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
                        && Xpos(tagger, classes[i]) is "VBN" or "JJ" or "VBD"
                        && (Xpos(tagger, classes[i + 1]) is "DT" or "CD" or "NNS" or "NN" or "JJ" or "PRP$" or "NNP" or "RP"
                            // ("The EU mission, whose monitors ..., called on Russia to let them cross")
                            || word is "called" && tokens.TextOf(firstToken + i + 1) is "on" or "for") ? i : -1;
                }
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "The United Nations mission called on all parties to exercise restraint and urged Kiir to release Machar": the first
    /// verb, read as a participle of the subject noun, is a past tense when the sentence goes on with "and" and a past tense
    /// and has no finite verb before that (the subject had become the root, and both verbs lost it).
    /// </summary>
    private static void PastBeforeCoordinatedPast(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        var participle = -1;
        for (var i = 1; i < classes.Length; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (x is "VBD" or "VBZ" or "VBP" or "MD")
            {
                if (participle >= 0 && x == "VBD" && tokens.TextOf(firstToken + i - 1) is "and")
                {
                    classes[participle] = pastTenseClass;
                }
                return;
            }
            if (x == "VBN" && participle < 0 && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                && i + 1 < classes.Length && Xpos(tagger, classes[i + 1]) is "RP" or "IN" && tokens.TextOf(firstToken + i + 1) is "on" or "for" or "off" or "up")
            {
                participle = i; // "called on", "called for", "broke off", "stepped up": a phrasal verb's particle after it
            }
        }
    }

    /// <summary>
    /// "Mexican soldiers clashed with gunmen in Sinaloa, killing 13 suspected cartel members, the defense ministry said.": the
    /// verb of a closing attribution (a comma, a few words, "said" and the end) is not the sentence's own finite verb.
    /// </summary>
    private static bool TrailingAttribution(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i)
    {
        if (tokens.TextOf(firstToken + i) is not ("said" or "says" or "reported" or "added" or "stated" or "announced") || i + 3 < classes.Length - 1)
        {
            return false;
        }
        for (var j = i - 1; j >= Math.Max(1, i - 6); j--)
        {
            if (Xpos(tagger, classes[j]) == ",")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Nigerian troops, supported by Chadian forces, killed dozens of fighters": a participle right after the comma that
    /// closes a parenthetical participle phrase (", supported by ...,") after the subject, with an object after it, is the
    /// main verb.
    /// </summary>
    /// <summary>
    /// "Al Shabaab's spokesman, Sheikh Ali Mohamud Rage, threatened to retaliate": the participle follows a name set off by
    /// commas after a noun (an apposition), and "to", an object or a preposition follows it.
    /// </summary>
    private static bool AfterApposedName(Span<int> classes, TaggerModel tagger, int i)
    {
        if (i < 4 || Xpos(tagger, classes[i - 1]) != "," || Xpos(tagger, classes[i - 2]) != "NNP" || i + 1 >= classes.Length
            || Xpos(tagger, classes[i + 1]) is not ("TO" or "DT" or "IN" or "NNP" or "PRP" or "PRP$" or "CD"))
        {
            return false;
        }
        var j = i - 2;
        while (j > 0 && Xpos(tagger, classes[j]) == "NNP")
        {
            j--;
        }
        return Xpos(tagger, classes[j]) == "," && j > 0 && Xpos(tagger, classes[j - 1]) is "NN" or "NNP";
    }

    /// <summary>
    /// "Admiral Dennis Blair, commander of U.S. forces in the Pacific, accused Chinese pilots of flying dangerously close": a sentence
    /// that opens with a name, then an apposition between commas with no verb in it, then a participle with an object after it,
    /// has that participle as its verb (it was read as a reduced relative and the name became the root).
    /// </summary>
    private static bool AfterNameAndItsApposition(Span<int> classes, TaggerModel tagger, int i)
    {
        if (i < 5 || Xpos(tagger, classes[i - 1]) != "," || i + 1 >= classes.Length
            || Xpos(tagger, classes[i + 1]) is not ("DT" or "JJ" or "NNP" or "NNS" or "NNPS" or "PRP" or "PRP$" or "CD"))
        {
            return false;
        }
        var comma = i - 2;
        while (comma > 0 && Xpos(tagger, classes[comma]) != ",")
        {
            if (Xpos(tagger, classes[comma]) is var x && (x.StartsWith("VB", StringComparison.Ordinal) || x == "MD"))
            {
                return false;
            }
            comma--;
        }
        if (comma < 2 || comma > i - 3)
        {
            return false;
        }
        for (var k = 0; k < comma; k++)
        {
            if (Xpos(tagger, classes[k]) is not ("NNP" or "NNPS"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool AfterParenthesis(Span<int> classes, TaggerModel tagger, int i)
    {
        if (Xpos(tagger, classes[i - 1]) != "," || i + 1 >= classes.Length || Xpos(tagger, classes[i + 1]) is not ("DT" or "CD" or "NNS" or "NN" or "NNP" or "JJ" or "PRP$"))
        {
            return false;
        }
        for (var j = i - 3; j >= 1; j--)
        {
            if (Xpos(tagger, classes[j]) == "," && Xpos(tagger, classes[j + 1]) is "VBN" or "VBG" && Xpos(tagger, classes[j - 1]).StartsWith("NN", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An "-ed" word tagged as an adverb or adjective that a particle, preposition or object follows: "The Netherlands handed
    /// over F-16 fighter jets to Ukraine" had "handed" as an adverb. (Not one that ends the clause: "Prices unchanged.")
    /// </summary>
    private static bool EdWordReadAsModifier(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i)
    {
        if (Xpos(tagger, classes[i]) is not ("RB" or "JJ") || i + 1 >= classes.Length)
        {
            return false;
        }
        var word = tokens.TextOf(firstToken + i);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && Xpos(tagger, classes[i + 1]) is "RP" or "IN" or "DT" or "CD" or "PRP$" or "NNP" or "NNPS" or "NNS";
    }

    /// <summary>
    /// The same error when the sentence's only finite verbs are in a clause that follows: "Russian police detained
    /// opposition leader Alexei Navalny after he returned from Germany" had "detained" as a participle ("police detained
    /// opposition leader" read as a noun phrase), because "returned" is finite. A past participle after the subject's
    /// noun, before any finite verb, is the main clause's past tense when a new coordinated clause follows (", and India
    /// then deployed"), or when an object follows it (a determiner, number, possessive or noun) and then a subordinating
    /// word. Not before "by" (a passive participle).
    /// </summary>
    public static void ApplyBeforeSubordinate(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        var n = classes.Length;
        if (pastTenseClass < 0 || n < 5 || !EndsWithStop(tokens, firstToken, n))
        {
            return;
        }
        var nominalBefore = false;
        var candidate = -1;
        var objectFollows = false;
        // "In central Tunis, police arrested ...": a phrase that opens the sentence with a preposition and ends at a comma is no subject.
        var frontedPhrase = Xpos(tagger, classes[0]) == "IN";
        for (var i = 0; i < n; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (candidate >= 0 && (objectFollows && (Subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextOf(firstToken + i))
                    // (or a relative clause on the object: "police arrested at least 11 students who had staged a sit-in")
                    || x is "WP" && tokens.TextOf(firstToken + i) is "who" or "whom")
                || NewClause(tokens, firstToken, classes, tagger, i)))
            {
                classes[candidate] = pastTenseClass;
                return;
            }
            if (frontedPhrase && candidate < 0 && x == ",")
            {
                frontedPhrase = false;
                nominalBefore = false;
                continue;
            }
            if (x is "VBD" or "VBZ" or "VBP" or "MD" || (x == "VB" && (i == 0 || Xpos(tagger, classes[i - 1]) != "TO"))
                || x is "," or ":" or "CC" or "WDT" or "WP" or "WRB" or "IN" && candidate < 0 && nominalBefore && !frontedPhrase)
            {
                return; // a finite verb first, or the subject's phrase goes on ("troops stationed in the valley after ...")
            }
            if (candidate < 0 && x == "VBN" && nominalBefore && !frontedPhrase && i + 1 < n && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                && !tokens.TextOf(firstToken + i + 1).Equals("by", StringComparison.OrdinalIgnoreCase) && !HyphenGlued(tokens, firstToken + i))
            {
                candidate = i;
                // (also a counted object: "arrested at least 11 students", "detained more than 20 people")
                objectFollows = Xpos(tagger, classes[i + 1]) is "DT" or "CD" or "PRP$" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ"
                    || i + 3 < n && tokens.TextOf(firstToken + i + 1) is "at" or "more" or "nearly" or "about" or "some" or "over"
                        && Xpos(tagger, classes[i + 3]) == "CD" || i + 2 < n && tokens.TextOf(firstToken + i + 1) is "about" or "nearly" or "some" or "over"
                        && Xpos(tagger, classes[i + 2]) == "CD";
            }
            nominalBefore |= x.StartsWith("NN", StringComparison.Ordinal) || x == "PRP";
        }
    }

    /// <summary>", and India then deployed", ", but Kyiv said": a comma, a conjunction and a new subject start a clause.</summary>
    private static bool NewClause(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i) =>
        i + 2 < classes.Length && Xpos(tagger, classes[i]) == "," && tokens.TextOf(firstToken + i + 1) is "and" or "but"
        && Xpos(tagger, classes[i + 2]) is "NNP" or "NNPS" or "PRP" or "DT";

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "because", "since", "although", "though", "until", "once", "whereas", "unless", "if",
        "as", // "Venezuelan intelligence agents detained opposition lawmaker Gabriela Montilla on Saturday as she left a meeting"
    };

    /// <summary>
    /// "North Korea dismissed U.S. offers of dialogue" had "offers" as a verb (VBZ): a present tense right after a
    /// determiner, adjective, possessive or proper noun and right before "of" is a plural noun.
    /// </summary>
    public static void ApplyPluralsBeforeOf(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pluralNounClass)
    {
        if (pluralNounClass < 0)
        {
            return;
        }
        for (var i = 1; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBZ" && tokens.TextOf(firstToken + i + 1) is "of" && Xpos(tagger, classes[i - 1]) is "DT" or "JJ" or "PRP$" or "POS" or "NNP" or "CD"
                && tokens.TextOf(firstToken + i) is var word && word.EndsWith("s", StringComparison.Ordinal) && char.IsLower(word[0])
                // (a singular noun in -s is no plural: "the focus of", "the basis of", "the mass of", "the awareness of")
                && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
                // nor a verb that takes "of" ("A compound consists of atoms")
                && word is not ("consists" or "smells" or "tastes" or "reeks" or "speaks" or "thinks" or "dreams" or "approves" or "disposes" or "boasts" or "reminds" or "warns" or "accuses"))
            {
                classes[i] = pluralNounClass;
            }
        }
    }

    /// <summary>
    /// "outside" or "inside" right before a bare noun or name is a preposition, not an adverb: "Thousands of protesters
    /// gathered outside parliament" had "outside" as an adverb modifying "parliament", the object of "gathered"; "deep inside
    /// Russia". Not before a time word ("went outside today").
    /// </summary>
    public static void ApplyPlacePrepositions(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int prepositionClass)
    {
        if (prepositionClass < 0)
        {
            return;
        }
        for (var i = 0; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "RB" && tokens.TextOf(firstToken + i) is "outside" or "inside" or "Outside" or "Inside"
                && Xpos(tagger, classes[i + 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                && tokens.TextOf(firstToken + i + 1).ToString().ToLowerInvariant() is not ("today" or "tonight" or "yesterday" or "tomorrow" or "now"))
            {
                classes[i] = prepositionClass;
            }
        }
    }

    /// <summary>
    /// A word in -s after a count and a noun modifier is a plural noun, not a verb: "Ukrainian drones hit two air bases
    /// deep inside Russia" had "bases" as VBZ and lost its object. A count above one (not "one", "1") followed by up to
    /// three adjectives or nouns, the last a noun, then the -s word.
    /// </summary>
    /// <summary>A count of things: a number word above one, or up to three digits ("12", not a year such as "2020").</summary>
    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && word.IndexOfAnyExcept("0123456789") < 0 && word[0] is '1' or '2';

    private static bool CountWord(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 3 && word.IndexOfAnyExcept("0123456789") < 0 && !word.SequenceEqual("1")
        || CountWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // Verbs a count is often the subject of ("three is enough", "six becomes seven").
    private static readonly HashSet<string> CountVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "does", "becomes", "equals", "remains", "seems", "means", "makes", "goes", "comes", "gets",
    };

    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds",
        "thousands", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    };

    /// <summary>
    /// "Congolese army troops backed by Wazalendo militias clashed for a third day": a past form right before "by" and a short noun
    /// phrase, followed by another past form, is a participle with its agent, and the second is the clause's verb (the tagger had it
    /// the other way round: "backed" the verb, "clashed" a participle of the militias). Only with no auxiliary before the first.
    /// </summary>
    /// <summary>
    /// "Lithuania's foreign minister and his Polish counterpart, Radoslaw Sikorski, both criticised Budapest's veto": a participle
    /// right after ", both" (or ", all") with an object, and no finite verb before it, is the verb of the listed subjects.
    /// </summary>
    public static void ApplyPastAfterFloatingBoth(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        for (var i = 2; pastTenseClass >= 0 && i + 1 < classes.Length; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (x is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return;
            }
            if (x == "VBN" && tokens.TextOf(firstToken + i - 1) is "both" or "all" && tokens.TextOf(firstToken + i - 2) is ","
                && Xpos(tagger, classes[i + 1]) is "DT" or "NNP" or "NN" or "NNS" or "PRP$" or "JJ" or "CD" or "PRP")
            {
                classes[i] = pastTenseClass;
                return;
            }
        }
    }

    /// <summary>A finite verb from <paramref name="from"/> on, other than a closing verb of saying ("..., officials said").</summary>
    private static bool FiniteAfter(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int from)
    {
        for (var k = from; k < classes.Length; k++)
        {
            if (Xpos(tagger, classes[k]) is "VBD" or "VBZ" or "VBP" or "MD" && tokens.TextOf(firstToken + k) is not ("said" or "says" or "told" or "added" or "reported"))
            {
                return true;
            }
        }
        return false;
    }

    public static void ApplyAgentPhraseBeforeVerb(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass, int participleClass)
    {
        if (pastTenseClass < 0 || participleClass < 0)
        {
            return;
        }
        for (var i = 1; i + 3 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) is not ("VBD" or "VBN") || tokens.TextOf(firstToken + i + 1) is not "by" || !tokens.TextOf(firstToken + i).EndsWith("ed", StringComparison.Ordinal)
                || Xpos(tagger, classes[i - 1]) is not ("NN" or "NNS" or "NNP" or "NNPS"))
            {
                continue;
            }
            for (var j = i + 2; j < classes.Length && j <= i + 7; j++)
            {
                var x = Xpos(tagger, classes[j]);
                if (x is "VBN" or "VBD" && j > i + 2 && tokens.TextOf(firstToken + j).EndsWith("ed", StringComparison.Ordinal) && char.IsLower(tokens.TextOf(firstToken + j)[0])
                    && Xpos(tagger, classes[j - 1]) is "NN" or "NNS" or "NNP" or "NNPS" && !(j + 1 < classes.Length && tokens.TextOf(firstToken + j + 1) is "by")
                    && !FiniteAfter(tokens, firstToken, classes, tagger, j + 1))
                {
                    classes[i] = participleClass;
                    classes[j] = pastTenseClass;
                    return;
                }
                if (x is not ("DT" or "NNP" or "NNPS" or "NN" or "NNS" or "JJ" or "CD" or "HYPH" or "POS" or "CC"))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Police and plainclothes state security agents detained at least 15 people": "state" before a noun that with it names a
    /// body of the state ("state security", "state media", "state television") and a noun after them is a noun, not the verb
    /// "state" (which had become the sentence's root, with "detained" a participle of the agents).
    /// </summary>
    public static void ApplyStateCompounds(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int singularNounClass)
    {
        for (var i = 0; singularNounClass >= 0 && i + 2 < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i) is "state" && Xpos(tagger, classes[i]) is "VBP" or "VB"
                && tokens.TextOf(firstToken + i + 1) is "security" or "media" or "television" or "TV" or "radio" or "news" or "broadcaster" or "prosecutors"
                    or "prosecutor" or "police" or "forces" or "officials" or "agents" or "intelligence"
                && Xpos(tagger, classes[i + 2]) is "NN" or "NNS" or "VBD" or "VBN" or "MD" or "VBZ" or "VBP")
            {
                classes[i] = singularNounClass;
            }
        }
    }

    /// <summary>
    /// "Neighboring countries and the Organization of American States condemned the attempted coup" had "Neighboring" as a
    /// gerund whose object was "countries", so the sentence lost its subject: a participle news uses as an adjective, before a
    /// noun, at the start of a phrase, is one.
    /// </summary>
    public static void ApplyAdjectivalParticiples(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int adjectiveClass)
    {
        if (adjectiveClass < 0)
        {
            return;
        }
        for (var i = 0; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBG" && Xpos(tagger, classes[i + 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                // (Also after a verb: "Congo has accused neighbouring Rwanda of backing the M23", "invaded neighbouring Kuwait".)
                && (i == 0 || Xpos(tagger, classes[i - 1]) is "DT" or "PRP$" or "CC" or "," or "IN" or "POS" or "VB" or "VBD" or "VBN" or "VBP" or "VBZ")
                && AdjectivalParticiples.Contains(tokens.TextOf(firstToken + i).ToString().ToLowerInvariant()))
            {
                classes[i] = adjectiveClass;
            }
            // "reunited with his wife, exiled opposition leader Sviatlana Tsikhanouskaya": a participle that describes a person by
            // what befell them, before a title and a name, was the verb of a fragment with "wife" as its subject.
            if (Xpos(tagger, classes[i]) is "VBD" or "VBN" && i > 0 && Xpos(tagger, classes[i - 1]) is "," or "DT" or "PRP$" or "POS"
                && Xpos(tagger, classes[i + 1]) is "NN" or "NNP" && FollowedByName(classes, tagger, i + 1)
                && PersonParticiples.Contains(tokens.TextOf(firstToken + i).ToString().ToLowerInvariant()))
            {
                classes[i] = adjectiveClass;
            }
            // "Israeli forces will withdraw from Gaza, displaced Palestinians will be allowed to return": a participle that
            // describes a group by what befell it, at the start of a phrase, before a plural noun and that noun's own verb, is
            // an adjective (it was the verb of "forces ... displaced Palestinians").
            if (Xpos(tagger, classes[i]) is "VBD" or "VBN" && (i == 0 || Xpos(tagger, classes[i - 1]) is "," or "CC" or "DT" or "IN")
                && i + 2 < classes.Length && Xpos(tagger, classes[i + 1]) is "NNS" or "NNPS" && Xpos(tagger, classes[i + 2]) is "MD" or "VBD" or "VBP"
                && GroupParticiples.Contains(tokens.TextOf(firstToken + i).ToString().ToLowerInvariant()))
            {
                classes[i] = adjectiveClass;
            }
            // "Dominican police detained some 200 undocumented Haitians": an -ed word between a count and a plural noun describes the
            // counted people ("200 armed men", "30 detained protesters"); read as a past tense, it had become the sentence's verb.
            if (Xpos(tagger, classes[i]) is "VBD" or "VBN" && i > 0 && Xpos(tagger, classes[i - 1]) == "CD"
                && tokens.TextOf(firstToken + i).EndsWith("ed", StringComparison.Ordinal) && char.IsLower(tokens.TextOf(firstToken + i)[0])
                && (Xpos(tagger, classes[i + 1]) is "NNS" or "NNPS" || Xpos(tagger, classes[i + 1]) == "NNP" && tokens.TextOf(firstToken + i + 1).EndsWith("s", StringComparison.Ordinal)))
            {
                classes[i] = adjectiveClass;
            }
        }
    }

    private static readonly HashSet<string> GroupParticiples = new(StringComparer.Ordinal)
    {
        "displaced", "wounded", "injured", "detained", "abducted", "kidnapped", "stranded", "trapped", "evacuated", "freed",
        "released", "armed", "masked", "besieged", "exiled", "jailed", "imprisoned", "deported", "expelled", "uprooted",
    };

    private static bool FollowedByName(Span<int> classes, TaggerModel tagger, int from)
    {
        for (var k = from; k < Math.Min(classes.Length, from + 4); k++)
        {
            if (Xpos(tagger, classes[k]) == "NNP")
            {
                return true;
            }
            if (Xpos(tagger, classes[k]) is not ("NN" or "JJ"))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly HashSet<string> AdjectivalParticiples = new(StringComparer.Ordinal)
    {
        "neighboring", "neighbouring", "warring",
    };

    private static readonly HashSet<string> PersonParticiples = new(StringComparer.Ordinal)
    {
        "exiled", "jailed", "imprisoned", "ousted", "deposed", "slain", "disgraced", "embattled", "self-exiled", "deceased",
    };

    /// <summary>
    /// "The International Criminal Court issued an arrest warrant on Thursday for ...": a base-form verb right after an article
    /// and a singular noun, before a preposition or the end of a clause, heads the compound ("an arrest warrant"); it was read as
    /// a verb, and the sentence's participle clause ("accusing him of ...") lost its subject.
    /// </summary>
    public static void ApplyCompoundHeads(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int singularNounClass)
    {
        if (singularNounClass < 0)
        {
            return;
        }
        for (var i = 2; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VB" && Xpos(tagger, classes[i - 1]) == "NN" && tokens.TextOf(firstToken + i - 2) is "a" or "an" or "the" or "A" or "An" or "The"
                && Xpos(tagger, classes[i + 1]) is "IN" or "," or "." or "CC")
            {
                classes[i] = singularNounClass;
            }
        }
        // "The United Nations' top human rights official on Monday accused Myanmar": "official" after a noun, before a preposition,
        // a verb or the end of a clause, is the noun (tagged an adjective, it made "rights" the subject).
        for (var i = 1; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "JJ" && tokens.TextOf(firstToken + i) is "official"
                && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "JJ"
                && Xpos(tagger, classes[i + 1]) is "IN" or "," or "." or "CC" or "VBD" or "VBZ" or "VBP" or "MD")
            {
                classes[i] = singularNounClass;
            }
        }
    }

    /// <summary>
    /// "Jonathan spoke publicly about the kidnapping for the first time" had "kidnapping" as a gerund (VBG) heading a clause, and
    /// the speaker became the kidnapper. Right after "the" an -ing word that no noun follows is a noun ("the ruling party" keeps
    /// its participle).
    /// </summary>
    public static void ApplyGerundsAfterArticle(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int singularNounClass)
    {
        if (singularNounClass < 0)
        {
            return;
        }
        for (var i = 1; i < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBG" && tokens.TextOf(firstToken + i - 1) is "the" or "The" && tokens.TextOf(firstToken + i) is not "following"
                && (i + 1 == classes.Length || Xpos(tagger, classes[i + 1]) is "IN" or "," or "." or "CC" or ":" or "TO" or "WDT"))
            {
                classes[i] = singularNounClass;
            }
        }
    }

    /// <summary>
    /// A verb tag right after "the" is a noun's: "Japan and South Korea condemned the launches as a violation" had "launches" as a
    /// present tense (VBZ) and the condemnation lost its object, so a lowercase word in -s is a plural noun (in the UD English
    /// treebanks "the" is never followed by a present tense); "The clash came days after Somali pirates hijacked the Saudi-owned
    /// supertanker" had "clash" as a base form (VB) and the hijacking as the root with the pirates its object, so a lowercase base
    /// form or present tense (VB, VBP) is a singular noun.
    /// </summary>
    public static void ApplyNounsAfterArticle(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pluralNounClass, int singularNounClass)
    {
        for (var i = 1; i < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i - 1) is not ("the" or "The") || tokens.TextOf(firstToken + i) is not { Length: > 1 } word || !char.IsLower(word[0]))
            {
                continue;
            }
            var xpos = Xpos(tagger, classes[i]);
            if (xpos == "VBZ" && pluralNounClass >= 0 && word.Length > 2 && word.EndsWith('s'))
            {
                classes[i] = pluralNounClass;
            }
            else if (xpos is "VB" or "VBP" && singularNounClass >= 0)
            {
                classes[i] = singularNounClass;
            }
        }
    }

    /// <summary>
    /// "The European Union imposed asset freezes and travel bans on 40 Belarusian officials" had "freezes" and "bans" as
    /// present tenses of the nouns before them, and the sanctions had no object. A measure noun in -s right after a lowercase
    /// singular noun that follows a verb, an adjective or "and", before a preposition, a conjunction or the end of the clause, is the
    /// plural head of a compound ("police bans protests" keeps its verb: an object follows).
    /// </summary>
    public static void ApplyPluralCompoundHeads(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pluralNounClass)
    {
        if (pluralNounClass < 0)
        {
            return;
        }
        for (var i = 2; i + 1 < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBZ" && MeasurePlurals.Contains(tokens.TextOf(firstToken + i))
                && Xpos(tagger, classes[i - 1]) == "NN" && char.IsLower(tokens.TextOf(firstToken + i - 1)[0])
                && Xpos(tagger, classes[i - 2]) is "VB" or "VBD" or "VBN" or "VBG" or "VBP" or "JJ" or "CC"
                && Xpos(tagger, classes[i + 1]) is "IN" or "TO" or "CC" or "," or "." or ":")
            {
                classes[i] = pluralNounClass;
            }
        }
    }

    /// <summary>Plural nouns of measures and acts that are also present tenses ("travel bans", "asset freezes", "export curbs").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasurePlurals = new[]
    {
        "bans", "freezes", "curbs", "cuts", "limits", "controls", "checks", "strikes", "attacks", "raids", "talks", "threats",
        "pledges", "deals", "visits", "tests", "launches", "searches", "blockades", "embargoes", "boycotts", "quotas", "caps",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void ApplyPluralsAfterCount(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pluralNounClass)
    {
        if (pluralNounClass < 0)
        {
            return;
        }
        for (var i = 1; i < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBZ" && tokens.TextOf(firstToken + i).EndsWith("s", StringComparison.Ordinal)
                && Xpos(tagger, classes[i - 1]) == "CD" && CountWord(tokens.TextOf(firstToken + i - 1))
                && !(i >= 2 && tokens.TextOf(firstToken + i - 2) is "-" or "–") // "COVID-19 continues": a name's number
                && !CountVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextOf(firstToken + i)))
            {
                classes[i] = pluralNounClass; // "Kenyan police arrested two suspects": the count's noun, not a verb
                continue;
            }
            if (i < 2 || Xpos(tagger, classes[i]) != "VBZ" || !tokens.TextOf(firstToken + i).EndsWith("s", StringComparison.Ordinal)
                || Xpos(tagger, classes[i - 1]) is not ("NN" or "NNP"))
            {
                continue;
            }
            for (var k = i - 2; k >= Math.Max(0, i - 4); k--)
            {
                var tag = Xpos(tagger, classes[k]);
                if (tag == "CD")
                {
                    // (Not a year: "This 1865 daguerreotype illustrates three of ...".)
                    if (tokens.TextOf(firstToken + k) is not ("one" or "One" or "1") && !IsYear(tokens.TextOf(firstToken + k)))
                    {
                        classes[i] = pluralNounClass;
                    }
                    break;
                }
                if (tag is not ("JJ" or "NN" or "NNP"))
                {
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A romanised given name written with a hyphen is one name: "Moon Jae-in" had "-" tagged as a comma and "in" as a
    /// preposition, and the parse lost the sentence's verb. A function word written onto a hyphen after a proper noun
    /// ("Jae-in", "Jong-un") is the rest of the name.
    /// </summary>
    /// <summary>
    /// "Macron and Algerian President Abdelmadjid Tebboune spoke by telephone": a capitalised first word read as an adjective
    /// coordinated with a nationality is a name. Only for a word that does not end like an English adjective or demonym
    /// ("American", "Chinese", "Iraqi", "Turkish", "Arabic", "Western").
    /// </summary>
    /// <summary>
    /// "Al Shabaab's spokesman, Sheikh Ali Mohamud Rage, threatened to retaliate against Kenya" had "Rage" as a common noun, the
    /// name ended at "Mohamud" and the sentence lost its verb. A capitalised word tagged as a common noun right after two proper
    /// nouns, before a comma, a verb or the end of the clause, ends the name.
    /// </summary>
    public static void ApplyNameFinalNouns(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        if (properNounClass < 0)
        {
            return;
        }
        for (var i = 2; i < classes.Length; i++)
        {
            var word = tokens.TextOf(firstToken + i);
            if (Xpos(tagger, classes[i]) is "NN" or "NNS" && word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1])
                && Xpos(tagger, classes[i - 1]) == "NNP" && Xpos(tagger, classes[i - 2]) == "NNP"
                && char.IsUpper(tokens.TextOf(firstToken + i - 1)[0]) && char.IsUpper(tokens.TextOf(firstToken + i - 2)[0])
                && (i + 1 == classes.Length || Xpos(tagger, classes[i + 1]) is "," or "." or "VBD" or "VBZ" or "VBP" or "VBN" or "MD" or "-RRB-"))
            {
                classes[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Foreign Affairs Minister Melanie Joly and Danish Foreign Minister Jeppe Kofod signed" had "Foreign Affairs" as an adjective and
    /// a plural noun, the subject of the sentence, and the signing lost both ministers. Capitalised words right before a capitalised
    /// office word ("Minister", "Secretary") that a proper noun follows are words of the title.
    /// </summary>
    public static void ApplyTitleWordsBeforeOffice(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        if (properNounClass < 0)
        {
            return;
        }
        for (var i = classes.Length - 2; i >= 1; i--)
        {
            if (tokens.TextOf(firstToken + i) is not ("Minister" or "Secretary" or "Ministry") || Xpos(tagger, classes[i + 1]) != "NNP")
            {
                continue;
            }
            for (var k = i - 1; k >= 0 && k >= i - 3; k--)
            {
                var word = tokens.TextOf(firstToken + k);
                if (!IsCapitalisedWord(word) || Xpos(tagger, classes[k]) is not ("NN" or "NNS" or "JJ"))
                {
                    break;
                }
                classes[k] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Peruvian troops captured Shining Path commander Florindo Flores": a capitalised -ing word inside a sentence, after a
    /// lowercase word and before a capitalised noun, is the first word of a name ("Shining Path", "Rising Star"), not a gerund
    /// that took the commander as its object.
    /// </summary>
    public static void ApplyCapitalisedGerundsInNames(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        if (properNounClass < 0)
        {
            return;
        }
        for (var i = 1; i + 1 < classes.Length; i++)
        {
            var word = tokens.TextOf(firstToken + i);
            var next = tokens.TextOf(firstToken + i + 1);
            var before = tokens.TextOf(firstToken + i - 1);
            if (Xpos(tagger, classes[i]) == "VBG" && word.Length > 4 && char.IsUpper(word[0]) && char.IsLower(word[^1])
                && before.Length > 0 && char.IsLower(before[0])
                && next.Length > 1 && char.IsUpper(next[0]) && Xpos(tagger, classes[i + 1]) is "NN" or "NNS" or "NNP" or "NNPS")
            {
                classes[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Xi, who arrived in Astana on Friday for a state visit, met Nazarbayev": a capitalised word tagged as an interjection
    /// before a comma and a relative clause, an apposition or a participle ("Xi, the Chinese leader,", "Xi, receiving Blinken,") is a
    /// name (the parser had no subject for "met"); interjections proper ("Yes, the ...", "Well, a ...") are left alone.
    /// </summary>
    public static void ApplyNamesTaggedAsInterjections(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        for (var i = 0; properNounClass >= 0 && i + 2 < classes.Length; i++)
        {
            var word = tokens.TextOf(firstToken + i);
            if (Xpos(tagger, classes[i]) == "UH" && IsCapitalisedWord(word) && !Interjections.Contains(word) && tokens.TextOf(firstToken + i + 1) is ","
                && (tokens.TextOf(firstToken + i + 2) is "who" or "whose" or "the" or "a" or "an" || IsParticipleAfterComma(tokens.TextOf(firstToken + i + 2))
                    || VerbAfterAside(tokens, firstToken, classes, tagger, i + 2)))
            {
                classes[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Vice Premier Liu He met US Trade Representative Katherine Tai", "Vice Premier He Lifeng said": a capitalised "He" inside a
    /// sentence right after a proper noun is a Chinese name (a given name or the surname He), not the pronoun (it was the subject
    /// and "Liu" a clause of its own). After a quote, colon or dash the pronoun may open a quoted sentence and is left alone.
    /// </summary>
    public static void ApplyChineseNameHe(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        for (var i = 1; properNounClass >= 0 && i < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i) is "He" && Xpos(tagger, classes[i - 1]) is "NNP" && IsCapitalisedWord(tokens.TextOf(firstToken + i - 1)))
            {
                classes[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Lukashenko, for his part, accused Lithuania": a short aside (a phrase or an adverb, up to five words) that opens at
    /// <paramref name="start"/> and closes with a comma right before a finite verb.
    /// </summary>
    private static bool VerbAfterAside(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int start)
    {
        if (start >= classes.Length || Xpos(tagger, classes[start]) is not ("IN" or "RB"))
        {
            return false;
        }
        for (var k = start + 1; k + 1 < classes.Length && k <= start + 5; k++)
        {
            if (tokens.TextOf(firstToken + k) is ",")
            {
                return Xpos(tagger, classes[k + 1]) is "VBD" or "VBZ" or "VBP" or "MD";
            }
        }
        return false;
    }

    /// <summary>A lowercase -ing word: "Xi, receiving Blinken in the Great Hall of the People, said".</summary>
    private static bool IsParticipleAfterComma(ReadOnlySpan<char> word) => word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Interjections = new[]
    {
        "Yes", "No", "Oh", "Well", "Ah", "Hello", "Please", "Okay", "Ok", "Thanks", "Wow", "Hey", "Sorry", "Alas", "Indeed", "Yeah", "Yep",
        "Nope", "Hi", "Bye", "Um", "Uh", "Hmm", "Ha", "Haha", "Gee", "Cheers", "Congratulations", "Welcome", "Sure", "Right", "Great", "Amen",
        "Aha", "Ugh", "Oops", "Whoa", "Dear", "Lol",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void ApplyInitialNames(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass)
    {
        if (properNounClass < 0 || classes.Length < 4 || Xpos(tagger, classes[0]) != "JJ" || tokens.TextOf(firstToken + 1) is not "and"
            || Xpos(tagger, classes[2]) != "JJ")
        {
            return;
        }
        var word = tokens.TextOf(firstToken);
        // (The adjective after "and" is a nationality before a title or a name: "Algerian President".)
        if (word.Length < 3 || !char.IsUpper(word[0]) || !char.IsLower(word[^1]) || !char.IsUpper(tokens.TextOf(firstToken + 2)[0])
            || !char.IsUpper(tokens.TextOf(firstToken + 3)[0]))
        {
            return;
        }
        foreach (var ending in AdjectiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return;
            }
        }
        classes[0] = properNounClass;
    }

    private static readonly string[] AdjectiveEndings =
        ["an", "ese", "ish", "i", "ic", "al", "ern", "ive", "ous", "ful", "less", "able", "ible", "ed", "ing", "est", "er", "ary", "ory", "ant", "ent", "ile", "ine", "ly", "y", "ch", "iot"];

    /// <summary>
    /// "Reporters Without Borders accused Tehran's prosecutor", "Doctors Without Borders said": a capitalised "Without" (or
    /// "Sans") between two capitalised words is part of the name (and so is a watchdog's "Watch", below). Tagged as a
    /// preposition, it was parsed as a subordinator, "Borders" as the subject of "accused" and "Reporters" as the root: the
    /// accusation had no source.
    /// </summary>
    public static void ApplyPrepositionsInsideNames(TokenLayer tokens, int firstToken, Span<int> classes, int properNounClass)
    {
        if (properNounClass < 0)
        {
            return;
        }
        for (var i = 1; i + 1 < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i) is "Without" or "Sans" && IsCapitalisedWord(tokens.TextOf(firstToken + i - 1))
                && IsCapitalisedWord(tokens.TextOf(firstToken + i + 1)))
            {
                classes[i] = properNounClass;
            }
        }
        // "Human Rights Watch on Tuesday accused": the watchdogs' "Watch" after a capitalised word, followed by a lowercase word, is
        // the name's last word (it was tagged as the verb, and "Rights" as its subject).
        for (var i = 1; i + 1 < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i) is "Watch" && IsCapitalisedWord(tokens.TextOf(firstToken + i - 1))
                && char.IsLower(tokens.TextOf(firstToken + i + 1)[0]))
            {
                classes[i] = properNounClass;
            }
        }
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[^1]);

    /// <summary>
    /// "Yemen's internationally recognised government and the Maldives later joined the move": "'s" was read as "is" and
    /// "recognised" as the main verb (Yemen recognised the government). After a name, "'s" before adverbs, a participle or
    /// adjective and then a noun with no article is the possessive: "is" would need an article before the noun.
    /// </summary>
    public static void ApplyPossessiveBeforeDescription(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int possessiveClass)
    {
        if (possessiveClass < 0)
        {
            return;
        }
        for (var i = 1; i + 2 < classes.Length; i++)
        {
            if (tokens.TextOf(firstToken + i) is not ("'s" or "’s") || Xpos(tagger, classes[i]) != "VBZ" || !IsCapitalisedWord(tokens.TextOf(firstToken + i - 1)))
            {
                continue;
            }
            var k = i + 1;
            while (k < classes.Length && Xpos(tagger, classes[k]) == "RB")
            {
                k++;
            }
            if (k > i + 1 && k + 1 < classes.Length && Xpos(tagger, classes[k]) is "VBN" or "JJ" && Xpos(tagger, classes[k + 1]) is "NN" or "NNS")
            {
                classes[i] = possessiveClass;
            }
        }
    }

    public static void ApplyHyphenatedNames(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int properNounClass, int hyphenClass)
    {
        if (properNounClass < 0 || hyphenClass < 0)
        {
            return;
        }
        for (var i = 2; i < classes.Length; i++)
        {
            var t = firstToken + i;
            if (HyphenGlued(tokens, t) && Xpos(tagger, classes[i - 2]) == "NNP" && Xpos(tagger, classes[i]) is "IN" or "DT" or "CC" or "RP" or "TO" or "PRP"
                && char.IsLower(tokens.TextOf(t)[0]) && tokens.TextOf(t).Length <= 4 && char.IsUpper(tokens.TextOf(t - 2)[0])
                && !(i + 1 < classes.Length && tokens.TextOf(t + 1) is "-" && !tokens.SpaceAfter(t))) // "Commander-in-Chief" goes on
            {
                classes[i - 1] = hyphenClass;
                classes[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// A verb written onto a hyphen is part of a compound modifier, never a finite verb: "the U.S.-led coalition",
    /// "Iranian-backed militias" (tagged VBD, "led" became the sentence's root). Retags such a past tense as a participle.
    /// </summary>
    public static void ApplyHyphenParticiples(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int participleClass)
    {
        if (participleClass < 0)
        {
            return;
        }
        for (var i = 2; i < classes.Length; i++)
        {
            var t = firstToken + i;
            if (Xpos(tagger, classes[i]) == "VBD" && HyphenGlued(tokens, t))
            {
                classes[i] = participleClass;
            }
        }
    }

    /// <summary>
    /// Modal verbs are a closed class: a word tagged MD that is none of them ("Police shot dead a man", with "dead" then
    /// read as the verb) is a past tense.
    /// </summary>
    public static void ApplyClosedModals(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        if (pastTenseClass < 0)
        {
            return;
        }
        for (var i = 0; i < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "MD" && !IsModal(tokens.TextOf(firstToken + i)))
            {
                classes[i] = pastTenseClass;
            }
        }
    }

    /// <summary>
    /// A present tense that English has no such form of: "Soldiers shot three protesters" tagged "shot" VBP (lemma
    /// "shot"). Irregular past forms that are no present of any verb are past tenses.
    /// </summary>
    public static void ApplyIrregularPasts(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        if (pastTenseClass < 0)
        {
            return;
        }
        for (var i = 0; i < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBP" && IrregularPasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextOf(firstToken + i)))
            {
                classes[i] = pastTenseClass;
            }
        }
    }

    /// <summary>
    /// A verb whose past tense is its base form, tagged as a base form or present right after "and" or "but" that joins it
    /// to a past tense: "Honduras established relations with China and cut ties with Taiwan" had "cut" as VB, and the parse
    /// made it a compound of "ties". With no modal, "to" or "do" between them it is that clause's past tense too.
    /// </summary>
    public static void ApplyCoordinatedPasts(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        if (pastTenseClass < 0)
        {
            return;
        }
        PastBeforeCoordinatedPast(tokens, firstToken, classes, tagger, pastTenseClass);
        var pastBefore = false;
        for (var i = 0; i < classes.Length; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (x is "MD" or "TO" || x.StartsWith("VB", StringComparison.Ordinal) && x != "VBD" && i > 0 && Xpos(tagger, classes[i - 1]) != "CC"
                || IsDo(tokens.TextOf(firstToken + i)))
            {
                pastBefore = false; // "will meet and cut", "did not stop and cut": not a past tense
            }
            if (x == "VBD")
            {
                pastBefore = true;
            }
            else if (pastBefore && x is "VB" or "VBP" && i > 0 && Xpos(tagger, classes[i - 1]) == "CC"
                && SameFormPasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens.TextOf(firstToken + i)))
            {
                classes[i] = pastTenseClass;
            }
            else if (pastBefore && x == "VBN" && i > 0 && i + 1 < classes.Length && Xpos(tagger, classes[i - 1]) == "CC"
                && tokens.TextOf(firstToken + i - 1).Equals("and", StringComparison.OrdinalIgnoreCase)
                && Xpos(tagger, classes[i + 1]) is "DT" or "CD" or "PRP$" or "NNS" or "NNP" or "NNPS")
            {
                // "Haitian gangs attacked two prisons and freed thousands of inmates": after a past tense, "and" and a
                // participle with an object is the clause's next past tense, not a modifier of the object ("freed
                // thousands" was read as freed thousands, a second target of "attacked").
                classes[i] = pastTenseClass;
            }
        }
    }

    /// <summary>
    /// "Transport unions blocked several avenues, and police used tear gas to reopen the highway": after a past tense, a comma,
    /// "and" (or "but") and a noun, a participle with an object is that noun's verb (it was read as a modifier of "tear gas", and
    /// the clause had no verb). Runs after the other past-tense repairs, which settle the first clause's verb.
    /// </summary>
    public static void ApplyParticiplesAfterClauseAnd(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        var pastBefore = false;
        for (var i = 0; pastTenseClass >= 0 && i + 1 < classes.Length; i++)
        {
            var x = Xpos(tagger, classes[i]);
            if (pastBefore && x == "VBN" && i >= 3 && tokens.TextOf(firstToken + i - 3) is ","
                && tokens.TextOf(firstToken + i - 2) is "and" or "but" && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "NNPS"
                && Xpos(tagger, classes[i + 1]) is "DT" or "CD" or "PRP$" or "NN" or "NNS" or "JJ" or "NNP")
            {
                classes[i] = pastTenseClass;
            }
            pastBefore |= x == "VBD";
        }
    }

    /// <summary>
    /// "Police clashed with protesters in the capital and 34 people were arrested" had "clashed" as a participle of "Police"
    /// (and no event): a verb that takes no object has no passive, so its -ed form right after a noun or pronoun (and
    /// before no "by") is the clause's past tense, whatever finite verb follows.
    /// </summary>
    public static void ApplyIntransitivePasts(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int pastTenseClass)
    {
        for (var i = 1; pastTenseClass >= 0 && i < classes.Length; i++)
        {
            if (Xpos(tagger, classes[i]) == "VBN"
                && (IntransitivePasts.Contains(tokens.TextOf(firstToken + i)) || MetWithoutObject(tokens, firstToken, classes, tagger, i))
                && Xpos(tagger, classes[i - 1]) is "NN" or "NNS" or "NNP" or "NNPS" or "PRP"
                && (i + 1 == classes.Length || !tokens.TextOf(firstToken + i + 1).Equals("by", StringComparison.Ordinal)))
            {
                classes[i] = pastTenseClass;
            }
        }
    }

    /// <summary>
    /// "Senior diplomats from the two countries met in Beijing on Tuesday but failed to narrow their differences": "met" after the
    /// people and before a place, time or manner is the meeting, not a passive ("the demands met by the government" has its "by").
    /// </summary>
    private static bool MetWithoutObject(TokenLayer tokens, int firstToken, Span<int> classes, TaggerModel tagger, int i) =>
        tokens.TextOf(firstToken + i) is "met" && i + 1 < classes.Length && Xpos(tagger, classes[i - 1]) is "NNS" or "NNPS" or "PRP"
        && tokens.TextOf(firstToken + i + 1) is "in" or "at" or "on" or "with" or "for" or "behind" or "again" or "separately" or "privately"
            or "briefly" or "twice" or "earlier" or "late" or "early" or "overnight" or "today" or "yesterday";

    /// <summary>Past forms of verbs without an object (so without a passive) that news reports of conflict use.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntransitivePasts = new[]
    {
        "clashed", "collided", "rioted", "skirmished", "rebelled", "revolted", "mutinied", "erupted", "died", "arrived",
        "vanished", "disappeared", "emerged", "fled", "marched", "protested", "retreated",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsDo(ReadOnlySpan<char> word) =>
        word.Equals("do", StringComparison.OrdinalIgnoreCase) || word.Equals("does", StringComparison.OrdinalIgnoreCase) || word.Equals("did", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> SameFormPasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "cut", "hit", "put", "set", "shut", "quit", "spread", "cast", "let", "burst", "cost", "hurt", "split", "thrust", "upset",
        "broadcast", "forecast", "bid", "rid", "shed", "slit", "recast", "reset", "offset", "outbid",
    };

    // Not forms that are also presents: "found" (to found), "bore", "fell", "ground", "wound", "lay", "saw", "beat", "hit", "put".
    private static readonly HashSet<string> IrregularPasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "shot", "fought", "fled", "struck", "met", "sent", "led", "held", "took", "gave", "threw", "won", "lost", "sold", "bought",
        "brought", "caught", "left", "told", "said", "kept", "stood", "spoke", "broke", "chose", "drove", "flew", "froze", "rode",
        "rose", "wrote", "began", "ran", "came", "became", "went", "did", "knew", "grew", "drew", "ate", "forgot", "got", "hid",
        "paid", "sought", "taught", "thought", "felt", "dealt", "slept", "built", "spent", "lent", "sat", "stuck", "swung", "hung",
        "shook", "tore", "swore", "arose", "woke", "overtook", "undertook", "withdrew", "withheld", "upheld", "stole", "seized",
        "killed", "attacked", "arrested", "detained", "bombed", "shelled", "captured", "invaded", "fired", "launched", "signed",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought", "need", "dare", "'ll", "'d", "\u2019ll",
        "\u2019d", "-ll", "wo", "ca", "sha", "cannot", "mustn", "needn", "shan", "wont", "gonna", "wanna", "gotta", "ll", "d", "wilt", "ill", // "ill" for "I'll" in web text
    };

    // Misspelt modals of web text ("willl", "woud", "shoul", "wud") keep their tag.
    private static readonly string[] ModalStems = ["wil", "wou", "wud", "shou", "shal", "coul", "migh", "mus", "can", "oug", "oul"];

    private static bool IsModal(ReadOnlySpan<char> word)
    {
        if (Modals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }
        foreach (var stem in ModalStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A straight double quote opens or closes by what touches it: "stay," Commerce Secretary ... told NBC's "Meet the
    /// Press" show had its closing mark after "stay," tagged as an opening one (``), and the parse then made "told" an
    /// adjective. A mark after a space (or at the start) and before a word opens; one after a word or punctuation and
    /// before a space, punctuation or the end closes. A mark touching words on both sides, or spaces on both, keeps its tag.
    /// </summary>
    public static void ApplyStraightQuotes(TokenLayer tokens, string text, int firstToken, Span<int> classes, int openClass, int closeClass)
    {
        if (openClass < 0 || closeClass < 0)
        {
            return;
        }
        for (var i = 0; i < classes.Length; i++)
        {
            var t = firstToken + i;
            var start = tokens.Starts[t];
            if (tokens.Ends[t] - start != 1 || text[start] != '"')
            {
                continue;
            }
            var before = start > 0 ? text[start - 1] : ' ';
            var after = start + 1 < text.Length ? text[start + 1] : ' ';
            var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[';
            var spaceAfter = char.IsWhiteSpace(after);
            if (spaceBefore && !spaceAfter && !char.IsPunctuation(after))
            {
                classes[i] = openClass;
            }
            else if (!spaceBefore && (spaceAfter || char.IsPunctuation(after)))
            {
                classes[i] = closeClass;
            }
        }
    }

    /// <summary>The token is written onto a hyphen after a word: "led" in "U.S.-led".</summary>
    internal static bool HyphenGlued(TokenLayer tokens, int t) =>
        t >= 2 && tokens.TextOf(t - 1) is "-" && !tokens.SpaceAfter(t - 2) && !tokens.SpaceAfter(t - 1);

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "down", "up", "off", "out", "back", "away", "dead" }; // "shot dead a man"

    private static string Xpos(TaggerModel tagger, int cls) => tagger.XposNames[tagger.ClassXpos[cls]];

    private static bool EndsWithStop(TokenLayer tokens, int firstToken, int count)
    {
        for (var i = firstToken + count - 1; i >= firstToken; i--)
        {
            var f = tokens.TextOf(i);
            if (f is "\"" or "\u201D" or "'" or "\u2019" or ")" or "]")
            {
                continue; // a closing quote or bracket after the stop
            }
            return f is "." or "!";
        }
        return false;
    }
}
