using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Publisher notes and disclaimers: note lines (footnotes opening with "*", editor's notes,
/// corrections, updates), footnote markers attached to names ("Daesh*"), designations after a name
/// ("(banned in Russia)", ", designated as a terrorist organisation in ...") and affiliation labels
/// ("state-funded broadcaster RT").
/// </summary>
public sealed class SourceMarkerFinder(FramingLexicon lexicon)
{
    private const int MaxClauseTokens = 16;

    /// <summary>Note lines, found by one pass over the line starts of the text (not per token).</summary>
    public List<FramingFlag> FindNoteLines(Document doc, QuotedSpans quotes)
    {
        var flags = new List<FramingFlag>();
        string text = doc.Text;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            int start = lineStart, end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var kind = NoteKind(text.AsSpan(start, end - start));
            if (kind is not null)
                flags.Add(new FramingFlag { Text = text[start..end], Start = start, End = end, Category = kind, Voice = quotes.VoiceAt(start) });
            lineStart = lineEnd + 1;
        }
        return flags;
    }

    private string? NoteKind(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return null;
        if (line[0] is '*' or '†') return FootnoteSymbols(line) < line.Length ? "footnote" : null;
        // notes are often set in brackets or italics markup: "[Editor's note: ...]", "_Correction: ..._"
        var body = line.TrimStart("[(_");
        foreach (var (prefix, kind) in lexicon.LineMarkers)
            if (body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return kind;
        return null;
    }

    private static int FootnoteSymbols(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && s[n] is '*' or '†') n++;
        return n;
    }

    /// <summary>A footnote marker at token <paramref name="i"/>: "*" glued to the word before it,
    /// with a footnote line opening with the same symbols.</summary>
    public FramingFlag? MatchFootnoteMarker(Document doc, int i, Sentence sentence, List<FramingFlag> noteLines, QuotedSpans quotes)
    {
        var token = doc.Tokens[i];
        if (i == sentence.FirstToken || FootnoteSymbols(doc.TokenSpan(i)) != token.Length) return null;
        if (char.IsWhiteSpace(doc.Text[token.Start - 1]) || FootnoteSymbols(doc.TokenSpan(i - 1)) > 0) return null;
        // "**" is two tokens: the marker is the whole glued run of symbols
        int symbolsEnd = token.End;
        for (int k = i + 1; k < sentence.EndToken && doc.Tokens[k].Start == symbolsEnd && FootnoteSymbols(doc.TokenSpan(k)) == doc.Tokens[k].Length; k++)
            symbolsEnd = doc.Tokens[k].End;
        var symbols = doc.Text.AsSpan(token.Start, symbolsEnd - token.Start);
        FramingFlag? note = null;
        foreach (var line in noteLines)
        {
            if (line.Category != "footnote" || line.Start == token.Start) continue;
            var lineSymbols = line.Text.AsSpan(0, FootnoteSymbols(line.Text));
            if (lineSymbols.SequenceEqual(symbols)) { note = line; break; }
        }
        if (note is null) return null;
        int nameStart = NameRunBackwards(doc, i - 1, sentence.FirstToken);
        if (nameStart < 0) return null;
        var target = MentionOf(doc, nameStart, i - 1);
        note.Target ??= target;
        int start = doc.Tokens[nameStart].Start;
        return new FramingFlag
        {
            Text = doc.Text[start..symbolsEnd], Start = start, End = symbolsEnd, Category = "footnote_marker",
            Voice = quotes.VoiceAt(start), Target = target, Note = new Mention(note.Start, note.End, note.Text),
        };
    }

    /// <summary>A designation or affiliation starting at token <paramref name="i"/>.</summary>
    public FramingFlag? MatchInline(Document doc, int i, Sentence sentence, QuotedSpans quotes, out int next)
    {
        next = i + 1;
        var (entry, length) = lexicon.InlineMarkers.LongestMatch(doc, i, sentence.EndToken);
        if (entry is null) return null;
        int last;
        Mention? target;
        if (entry.Placement == MarkerPlacement.Designation)
        {
            int anchor = DesignationAnchor(doc, i, sentence.FirstToken);
            if (anchor < 0) return null;
            last = ClauseEnd(doc, i + length - 1, sentence.EndToken);
            target = NameBefore(doc, anchor, sentence.FirstToken);
        }
        else
        {
            last = i + length - 1;
            while (last + 1 < sentence.EndToken && last < i + length + 1 && LoadedLanguageFinder.IsContentWord(doc, last + 1)
                   && !char.IsUpper(doc.Text[doc.Tokens[last + 1].Start])) last++;
            int nameStart = last + 1, nameEnd = nameStart;
            while (nameEnd < sentence.EndToken && doc.Tokens[nameEnd].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[nameEnd].Start])) nameEnd++;
            target = nameEnd > nameStart ? MentionOf(doc, nameStart, nameEnd - 1) : NameBefore(doc, i - 1, sentence.FirstToken);
        }
        next = last + 1;
        int start = doc.Tokens[i].Start, end = doc.Tokens[last].End;
        return new FramingFlag { Text = doc.Text[start..end], Start = start, End = end, Category = entry.Kind, Voice = quotes.VoiceAt(start), Target = target };
    }

    /// <summary>The token a designation hangs from: "(", ",", a dash, a group noun, or "which is";
    /// -1 when the phrase is plain reporting ("TikTok was banned in India").</summary>
    private static int DesignationAnchor(Document doc, int i, int sentenceStart)
    {
        if (i - 1 < sentenceStart) return -1;
        var previous = doc.TokenSpan(i - 1);
        if (previous is "(" or "," or "—" or "–" or "--" or "-" || EnglishOrganisationNouns.DesignatedNouns.Contains(previous)) return i - 1;
        if (i - 2 >= sentenceStart && EnglishFunctionWords.Copulas.Contains(previous) && EnglishPronouns.RelativePronouns.Contains(doc.TokenSpan(i - 2))) return i - 2;
        return -1;
    }

    /// <summary>Last token of the clause a designation opens: up to a comma, bracket or sentence end.</summary>
    private static int ClauseEnd(Document doc, int last, int end)
    {
        int limit = Math.Min(end, last + MaxClauseTokens);
        while (last + 1 < limit)
        {
            var t = doc.Tokens[last + 1];
            if (t.Kind is TokenKind.Punctuation or TokenKind.CloseQuote && doc.Text[t.Start] is ',' or ')' or ';' or ':' or '.' or '—' or '–' or '!' or '?' or ']') break;
            last++;
        }
        return last;
    }

    /// <summary>The nearest capitalised name ending before token <paramref name="from"/> (within a few words).</summary>
    private static Mention? NameBefore(Document doc, int from, int sentenceStart)
    {
        for (int j = from; j >= sentenceStart && j > from - 8; j--)
        {
            if (!IsNamePart(doc, j) || EnglishFunctionWords.ClosedClass.Contains(doc.TokenSpan(j))) continue;
            int start = NameRunBackwards(doc, j, sentenceStart);
            if (start < 0) continue;
            while (start < j && EnglishFunctionWords.ClosedClass.Contains(doc.TokenSpan(start))) start++;
            return MentionOf(doc, start, j);
        }
        return null;
    }

    /// <summary>First token of the capitalised run ending at <paramref name="last"/> ("Islamic State"), or -1.</summary>
    private static int NameRunBackwards(Document doc, int last, int sentenceStart)
    {
        if (last < sentenceStart || !IsNamePart(doc, last)) return -1;
        int first = last;
        while (first - 1 >= sentenceStart && first > last - 5 && IsNamePart(doc, first - 1)) first--;
        // a name needs one capitalised word: "al-Nusra" alone is part of "Jabhat al-Nusra"
        while (first <= last && !char.IsUpper(doc.Text[doc.Tokens[first].Start])) first++;
        return first <= last ? first : -1;
    }

    /// <summary>A capitalised word, or an Arabic article prefix inside a name ("al-Nusra", "el-Sisi").</summary>
    private static bool IsNamePart(Document doc, int i)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word) return false;
        var word = doc.TokenSpan(i);
        return char.IsUpper(word[0]) || word.StartsWith("al-") || word.StartsWith("el-");
    }

    private static Mention MentionOf(Document doc, int first, int last)
    {
        int start = doc.Tokens[first].Start, end = doc.Tokens[last].End;
        return new Mention(start, end, doc.Text[start..end]);
    }
}
