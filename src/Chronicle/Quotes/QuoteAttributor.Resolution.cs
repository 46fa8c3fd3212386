using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>
/// Whom a found speaker phrase stands for. Newswire relays and paraphrases its sources, so the words next to the
/// cue are often not the source: "the agency quoted X as saying" (X speaks, the agency relays), "a spokesman for
/// the group" and "a Hamas statement" (the organisation speaks), "it said" and "the agency said" (an earlier
/// source), and "he said" after "Y, who told troops ..." (the person last reported speaking).
/// </summary>
public sealed partial class QuoteAttributor
{
    private const int AntecedentSentences = 3;

    /// <summary>The attribution with its speaker resolved; antecedents are sought before <paramref name="openToken"/>,
    /// the quotation's opening mark, and before the speaker's own words.</summary>
    private static Attribution Resolve(Document doc, MentionIndex mentions, bool[] insideQuote, Attribution found, int openToken)
    {
        var speaker = RelayedSource(doc, mentions, insideQuote, found) ?? found.Speaker;
        if (speaker.IsPronoun)
        {
            var w = doc.TokenSpan(speaker.FirstToken);
            // ("“…” ⏎ “…,” he said": the sentences before the quotation, which may be several sentences long)
            int before = Math.Min(speaker.FirstToken, openToken);
            // (a pronoun the entity layer left unresolved takes the last speaker whatever the gender)
            var entity = w is "it" or "It" ? SourceBefore(doc, mentions, insideQuote, before)
                : w is "he" or "He" or "she" or "She"
                    ? PersonLastSpeaking(doc, mentions, insideQuote, before, speaker.Entity is null ? '?' : w[0] is 'h' or 'H' ? 'm' : 'f')
                : null;
            if (entity is not null) speaker = speaker with { Entity = entity };
        }
        else if (speaker.Entity is null && speaker.Name is null && OrganisationBehind(doc, mentions, insideQuote, speaker) is { } organisation)
            speaker = speaker with { Entity = organisation };
        return found with { Speaker = speaker };
    }

    /// <summary>"the agency quoted Foreign Minister X as saying": the one quoted, not the relay.</summary>
    private static SpeakerPhrase? RelayedSource(Document doc, MentionIndex mentions, bool[] insideQuote, Attribution found)
    {
        if (!EnglishSpeechVerbs.RelayCues.Contains(doc.TokenSpan(found.CueToken))) return null;
        for (int j = found.CueEnd + 1; j + 1 < doc.Tokens.Length && j <= found.CueEnd + 12 && !insideQuote[j]; j++)
        {
            if (doc.TokenSpan(j) is "." or ";" or "“" or "\"") return null;
            if (doc.TokenSpan(j) is "as" && doc.TokenSpan(j + 1).EndsWith("ing", StringComparison.Ordinal) && EnglishSpeechVerbs.Cues.Contains(doc.TokenSpan(j + 1)))
                return SpeakerPhrases.After(doc, mentions, insideQuote, found.CueEnd - 1, j);
        }
        return null;
    }

    /// <summary>The organisation a description names or stands for: "a spokesman for the Pentagon", "A Hamas
    /// statement", "a spokesman for the group" (the group named before), "the agency" (the agency named before).</summary>
    private static Entity? OrganisationBehind(Document doc, MentionIndex mentions, bool[] insideQuote, SpeakerPhrase phrase)
    {
        bool representative = false;
        Entity? named = null;
        int description = -1;
        for (int j = phrase.FirstToken; j < phrase.EndToken; j++)
        {
            var w = doc.TokenSpan(j);
            representative |= EnglishOrganisationNouns.Representatives.Contains(w);
            if (mentions.EntityAt(j) is { Type: EntityKind.Org or EntityKind.Gpe } e && (named is null || e.Type == EntityKind.Org)) named = e;
            // "the group", "its agency", "the rebel group": a definite organisation noun
            bool definite = j > phrase.FirstToken && doc.TokenSpan(j - 1) is "the" or "The" or "its" or "Its"
                            || j >= phrase.FirstToken + 2 && doc.TokenSpan(phrase.FirstToken) is "the" or "The";
            if (definite && EnglishOrganisationNouns.SpeakerDescriptionHeads.Contains(w)) description = j;
        }
        if (representative && named is not null) return named;
        if (description < 0) return null;
        return EnglishOrganisationNouns.Press.Contains(doc.TokenSpan(description)) && OutletNamedAs(doc, mentions, doc.TokenSpan(description), phrase.FirstToken) is { } outlet
            ? outlet
            : SourceBefore(doc, mentions, insideQuote, phrase.FirstToken);
    }

    /// <summary>"the official news agency IRNA", "the Xinhua news agency", "the newspaper Al-Ahram": the latest
    /// organisation named next to the head word, in the sentences before <paramref name="before"/>.</summary>
    private static Entity? OutletNamedAs(Document doc, MentionIndex mentions, ReadOnlySpan<char> head, int before)
    {
        int first = FirstTokenOfSentencesBack(doc, before, AntecedentSentences);
        for (int j = before - 1; j >= first; j--)
        {
            if (!doc.TokenSpan(j).Equals(head, StringComparison.OrdinalIgnoreCase)) continue;
            for (int k = Math.Max(first, j - 2); k <= j + 2 && k < before; k++)
                if (k != j && mentions.EntityAt(k) is { Type: EntityKind.Org } outlet) return outlet;
        }
        return null;
    }

    /// <summary>The latest source in this sentence or the ones before (the subject of a speech cue) that resolves to
    /// an organisation ("A Hamas statement said ...", "the agency said"): what "it" and "the group" refer back to.</summary>
    private static Entity? SourceBefore(Document doc, MentionIndex mentions, bool[] insideQuote, int before)
    {
        foreach (var source in CueSubjectsBefore(doc, mentions, insideQuote, before, AntecedentSentences))
            if ((source.Entity ?? (source.Name is null ? OrganisationBehind(doc, mentions, insideQuote, source) : null)) is { Type: EntityKind.Org or EntityKind.Gpe } organisation)
                return organisation;
        return null;
    }

    /// <summary>"Y replaced X, who told troops that ... ⏎ “…,” he said": the person last reported speaking, in this
    /// sentence or the one before, whose given name has the pronoun's gender (<paramref name="gender"/> '?': any, for a
    /// pronoun the entity layer left unresolved).</summary>
    private static Entity? PersonLastSpeaking(Document doc, MentionIndex mentions, bool[] insideQuote, int before, char gender)
    {
        // "Ban condemned what he called a “…”": a person named earlier in the pronoun's own sentence is the referent
        for (int j = FirstTokenOfSentencesBack(doc, before, 1); j < before; j++)
            if (!insideQuote[j] && mentions.EntityAt(j) is { Type: EntityKind.Person }) return null;
        foreach (var source in CueSubjectsBefore(doc, mentions, insideQuote, before, 2))
            if (source.Entity is { Type: EntityKind.Person } person)
                return gender == '?' || GenderOf(person) == gender ? person : null;
        return null;
    }

    /// <summary>The named or described subjects of the speech cues before <paramref name="before"/> (outside quotations,
    /// within <paramref name="sentences"/> sentences), latest first.</summary>
    private static IEnumerable<SpeakerPhrase> CueSubjectsBefore(Document doc, MentionIndex mentions, bool[] insideQuote, int before, int sentences)
    {
        int first = FirstTokenOfSentencesBack(doc, before, sentences);
        for (int v = before - 1; v >= first; v--)
        {
            if (insideQuote[v] || !CueLexicon.IsCueAt(doc, v, doc.Tokens.Length, out _) || doc.TokenSpan(v) is "according" or "According") continue;
            if (SpeakerPhrases.Before(doc, mentions, insideQuote, v, FirstTokenOfSentencesBack(doc, v, 1)) is { IsPronoun: false } source)
                yield return source;
        }
    }

    private static char GenderOf(Entity person)
    {
        int space = person.Name.IndexOf(' ');
        return space > 0 ? KnowledgeBase.Default.GenderOfGivenName(person.Name.AsSpan(0, space)) : '?';
    }

    /// <summary>The first token of the sentence <paramref name="back"/> - 1 sentences before the one holding <paramref name="token"/>.</summary>
    private static int FirstTokenOfSentencesBack(Document doc, int token, int back)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[token].Start);
        if (s < 0) return 0;
        return doc.Sentences[Math.Max(0, s - back + 1)].FirstToken;
    }
}
