namespace Chronicle.Stories;

/// <summary>
/// The evidence that an event mention reports an active global event, as numbered binary features
/// (their names are in <see cref="Names"/> and docs/stories.md). Each feature is also fired once more
/// in conjunction with "same story", so the scorer learns how much the story context changes each one.
/// The hard rules of <see cref="Forbidden"/> come first: no score links acts on different explicit
/// days, in different countries, or done to different targets.
/// </summary>
public static class EventLinkFeatures
{
    public const int Bias = 0, SameStory = 1, SameCode = 2, SameBase = 3,
        SourceName = 4, SourceCode = 5, SourceCountry = 6, SourceUnknown = 7, SourceDiffers = 8,
        TargetName = 9, TargetCode = 10, TargetCountry = 11, TargetUnknown = 12, Swapped = 13,
        DateEqual = 14, DateOneSide = 15, DateNeither = 16, Gap0 = 17, Gap1 = 18, Gap2 = 19,
        PlaceSame = 20, PlaceUnknown = 21, SameTrigger = 22, SameArticle = 23, SameOutlet = 24, ManyMentions = 25, SameRoot = 26;

    private const int Plain = 27;
    /// <summary>Feature count including the "same story" conjunctions; the model's bucket table is this wide.</summary>
    public const int Count = Plain * 2;

    public static readonly string[] Names =
    [
        "bias", "same_story", "same_code", "same_base_code",
        "source_name", "source_code", "source_country", "source_unknown", "source_differs",
        "target_name", "target_code", "target_country", "target_unknown", "swapped_parties",
        "date_equal", "date_one_side", "date_neither", "gap_0", "gap_1", "gap_2",
        "place_same", "place_unknown", "same_trigger", "same_article", "same_outlet", "many_mentions", "same_root",
    ];

    public static string NameOf(int feature) =>
        feature < Plain ? Names[feature] : "same_story&" + Names[feature - Plain];

    /// <summary>The mention's day for comparison: its explicit day, else its article's publication day.</summary>
    public static int DayOf(EventMention m, ArticleProfile article) => m.ExplicitDay ?? article.Day ?? 0;

    public static bool Forbidden(EventMention m, GlobalEventState g, int day, StoryOptions options)
    {
        if (m.ExplicitDay is { } md && g.ExplicitDay is { } gd) { if (md != gd) return true; }
        else if (Math.Max(g.FirstDay - day, day - g.LastDay) > options.EventDayWindow) return true;
        if (m.Country is not null && g.Country is not null && m.Country != g.Country) return true;
        var straight = (Side(m.SourceName, m.SourcePerson, m.SourceCode, g.SourceNames, g.SourcePersons, g.SourceCodes), Side(m.TargetName, m.TargetPerson, m.TargetCode, g.TargetNames, g.TargetPersons, g.TargetCodes));
        if (!Clashes(straight.Item1, straight.Item2)) return false;
        if (!m.Symmetric) return true;
        var swapped = (Side(m.SourceName, m.SourcePerson, m.SourceCode, g.TargetNames, g.TargetPersons, g.TargetCodes), Side(m.TargetName, m.TargetPerson, m.TargetCode, g.SourceNames, g.SourcePersons, g.SourceCodes));
        return Clashes(swapped.Item1, swapped.Item2);
    }

    /// <summary>Another target (by name or country), or a doer from another country: another act.</summary>
    private static bool Clashes(Match source, Match target) =>
        target is Match.Conflict or Match.CountryConflict || source is Match.CountryConflict;

    /// <summary>Writes the features of (mention, global event) into <paramref name="into"/> and returns how many.</summary>
    public static int Extract(EventMention m, ArticleProfile article, long storyId, GlobalEventState g, int day, Span<int> into)
    {
        int n = 0;
        into[n++] = Bias;
        bool sameStory = g.StoryId == storyId;
        if (sameStory) into[n++] = SameStory;
        int start = n;
        if (m.Root == g.Root) into[n++] = SameRoot;
        if (m.Cameo == g.Cameo) into[n++] = SameCode;
        else if (m.Cameo.Length >= 3 && g.Cameo.Length >= 3 && m.Cameo.AsSpan(0, 3).SequenceEqual(g.Cameo.AsSpan(0, 3))) into[n++] = SameBase;

        var source = Side(m.SourceName, m.SourcePerson, m.SourceCode, g.SourceNames, g.SourcePersons, g.SourceCodes);
        var target = Side(m.TargetName, m.TargetPerson, m.TargetCode, g.TargetNames, g.TargetPersons, g.TargetCodes);
        if (m.Symmetric && source < Match.Name && target < Match.Name)
        {
            var s2 = Side(m.SourceName, m.SourcePerson, m.SourceCode, g.TargetNames, g.TargetPersons, g.TargetCodes);
            var t2 = Side(m.TargetName, m.TargetPerson, m.TargetCode, g.SourceNames, g.SourcePersons, g.SourceCodes);
            if (s2 >= Match.Country || t2 >= Match.Country) { (source, target) = (s2, t2); into[n++] = Swapped; }
        }
        n = AddSide(source, SourceName, SourceCode, SourceCountry, SourceUnknown, SourceDiffers, into, n);
        // A target that merely differs (a name against a code only) is as good as unknown; a real clash is forbidden above.
        n = AddSide(target, TargetName, TargetCode, TargetCountry, TargetUnknown, TargetUnknown, into, n);

        if (m.ExplicitDay is not null && g.ExplicitDay is not null) into[n++] = DateEqual; // unequal ones are forbidden
        else into[n++] = m.ExplicitDay is null && g.ExplicitDay is null ? DateNeither : DateOneSide;
        int gap = Math.Max(0, Math.Max(g.FirstDay - day, day - g.LastDay));
        into[n++] = gap == 0 ? Gap0 : gap == 1 ? Gap1 : Gap2;
        if (m.Country is not null && m.Country == g.Country) into[n++] = PlaceSame;
        else if (m.Country is null || g.Country is null) into[n++] = PlaceUnknown;
        if (g.Triggers.Contains(m.Trigger)) into[n++] = SameTrigger;
        if (g.Articles.ContainsKey(article.ArticleId)) into[n++] = SameArticle;
        else if (article.Source is { } outlet && g.Sources.ContainsKey(outlet)) into[n++] = SameOutlet;
        if (g.Mentions >= 3) into[n++] = ManyMentions;

        if (sameStory)
        {
            int end = n;
            for (int i = start; i < end; i++) into[n++] = into[i] + Plain;
        }
        return n;
    }

    /// <summary>The most features <see cref="Extract"/> writes.</summary>
    public const int MaxFeatures = 2 + 2 * 17;

    internal enum Match { Conflict, CountryConflict, Differs, Unknown, Country, Code, Name }

    private static int AddSide(Match match, int name, int code, int country, int unknown, int differs, Span<int> into, int n)
    {
        int f = match switch
        {
            Match.Name => name, Match.Code => code, Match.Country => country, Match.Unknown => unknown, _ => differs,
        };
        into[n++] = f;
        return n;
    }

    /// <summary>The country (or group) part of an actor code; none for PETRARCH's unknown "---".</summary>
    internal static string? CountryOf(string? code) =>
        code is { Length: >= 3 } && !code.StartsWith("---", StringComparison.Ordinal) ? code[..3] : null;

    /// <summary>How one side (source or target) of a mention agrees with what a global event's mentions said of it.</summary>
    internal static Match Side(uint name, bool person, string? code, HashSet<uint> names, HashSet<uint> persons, HashSet<string> codes)
    {
        if (name == 0 && code is null || names.Count == 0 && codes.Count == 0) return Match.Unknown;
        if (name != 0 && names.Contains(name)) return Match.Name;
        // Two French ministers share FRAGOV but are two people; an office ("the Russian president") is no person name.
        if (person && persons.Count > 0) return Match.Conflict;
        if (code is not null && codes.Contains(code)) return Match.Code;
        if (CountryOf(code) is { } country)
        {
            bool otherKnown = false;
            foreach (var c in codes)
            {
                if (CountryOf(c) is not { } other) continue;
                if (other == country) return Match.Country;
                otherKnown = true;
            }
            if (otherKnown) return Match.CountryConflict;
        }
        // Names on both sides and nothing in common: another party, unless one side only has a code.
        return name != 0 && names.Count > 0 ? Match.Conflict : Match.Differs;
    }
}
