using System.Text;
using Chronicle.Annotations;
using Chronicle.Text;
using static Chronicle.Quantities.QuantityLexicon;

namespace Chronicle.Quantities;

/// <summary>
/// Finds counted claims in one left-to-right pass over each sentence: [approximator] [currency]
/// number-or-vague-count-or-fraction [unit | percent], then a casualty verb if the count is its
/// subject ("One French paratrooper was killed", "two have been wounded"). Tokens inside a date
/// are skipped so that years are never counted. Only claims with a unit or an approximator are
/// kept: a bare number ("Lowe, 89,") says nothing countable.
/// </summary>
internal sealed class QuantityScanner
{
    private const int UnitWindow = 4;
    private const int VagueUnitWindow = 12;

    private readonly Document _doc;
    private readonly bool[] _inDate;
    private readonly List<Quantity> _found = [];
    private Sentence _sentence;
    private int _end;

    public QuantityScanner(Document doc)
    {
        _doc = doc;
        _inDate = new bool[doc.Tokens.Length];
        foreach (var date in doc.Dates)
            for (int t = doc.TokenIndexAtOrAfter(date.Start); t < doc.Tokens.Length && doc.Tokens[t].Start < date.End; t++)
                _inDate[t] = true;
    }

    public List<Quantity> Scan()
    {
        foreach (var sentence in _doc.Sentences)
        {
            _sentence = sentence;
            _end = sentence.EndToken;
            int i = sentence.FirstToken;
            while (i < _end)
                i = _inDate[i] ? i + 1 : TryQuantity(i);
        }
        return _found;
    }

    private ReadOnlySpan<char> T(int i) => _doc.TokenSpan(i);
    private bool Is(int i, string word) => i >= _sentence.FirstToken && i < _end && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    private bool IsWord(int i) => i < _end && _doc.Tokens[i].Kind == TokenKind.Word;
    private string Lower(int first, int end) => _doc.Text[_doc.Tokens[first].Start.._doc.Tokens[end - 1].End].ToLowerInvariant();

    /// <summary>Reads a quantity at token i; returns the token to continue from.</summary>
    private int TryQuantity(int i)
    {
        int p = i;
        string? approx = ReadApproximator(ref p);
        string? unit = null;
        if (p < _end && CurrencyLookup.TryGetValue(T(p), out var symbolCurrency) && _doc.Tokens[p].Kind == TokenKind.Symbol)
        {
            unit = symbolCurrency;
            p++;
        }
        if (p >= _end || _inDate[p]) return i + 1;

        double value;
        int afterNumber;
        bool vague = false;
        int n = NumberWords.TryRead(_doc, p, _end, out value);
        if (n > 0)
        {
            afterNumber = p + n;
            if (IsPronounOne(p, n)) return i + 1;
        }
        else if (VagueLookup.TryGetValue(T(p), out value) && Is(p + 1, "of"))
        {
            approx ??= Lower(p, p + 1);
            vague = true;
            afterNumber = p + 2;
            // "tens of thousands of", "hundreds of thousands of"
            if (afterNumber + 1 < _end && VagueLookup.TryGetValue(T(afterNumber), out var scale) && scale >= 1000 && Is(afterNumber + 1, "of"))
            {
                value *= scale;
                approx = Lower(p, afterNumber + 1);
                afterNumber += 2;
            }
        }
        else if (TryFraction(p, out value, out afterNumber))
        {
            if (approx is null && !Is(afterNumber, "of")) return i + 1;
            unit = "fraction";
        }
        else return i + 1;
        for (int k = p; k < afterNumber; k++) if (_inDate[k]) return i + 1;

        int end = afterNumber;
        int unitToken = -1;
        if (unit is null)
        {
            if (Is(afterNumber, "%") || Is(afterNumber, "percent")) { unit = "percent"; end = afterNumber + 1; }
            else if (Is(afterNumber, "per") && Is(afterNumber + 1, "cent")) { unit = "percent"; end = afterNumber + 2; }
            else if (afterNumber < _end && CurrencyLookup.TryGetValue(T(afterNumber), out var currencyWord) && IsWord(afterNumber))
            {
                unit = currencyWord;
                end = afterNumber + 1;
            }
            else
            {
                unitToken = FindUnit(afterNumber, vague ? VagueUnitWindow : UnitWindow, vague);
                if (unitToken >= 0) { unit = T(unitToken).ToString().ToLowerInvariant(); end = unitToken + 1; }
            }
        }
        // a count as the subject of a casualty verb: "One French paratrooper was killed", "two have been wounded"
        int casualty = CasualtyAfter(end);
        if (casualty >= 0)
        {
            unit = CasualtyLookup[T(casualty)];
            end = casualty + 1;
        }
        else if (unitToken >= 0 || unit is null)
        {
            var verbUnit = CasualtyBefore(i);
            if (verbUnit is not null && (unit is null || IsPeopleNoun(unit))) unit = verbUnit;
        }
        if (unit is null && approx is null) return afterNumber;
        if (unit is null && n > 0 && value < 1) return afterNumber;

        int start = _doc.Tokens[i].Start, stop = _doc.Tokens[end - 1].End;
        _found.Add(new Quantity
        {
            Text = _doc.Text[start..stop], Start = start, End = stop, Value = value, Approx = approx, Unit = unit,
            About = DescribeCounted(p + Math.Max(n, 1), unitToken, casualty, end),
        });
        return end;
    }

    private string? ReadApproximator(ref int p)
    {
        int first = p;
        if (Is(p, "no") || Is(p, "not")) p++;
        if (p < _end && TwoWordLookup.TryGetValue(T(p), out var seconds))
            foreach (var second in seconds)
                if (Is(p + 1, second)) { p += 2; return Lower(first, p); }
        p = first;
        if (p < _end && ApproximatorLookup.Contains(T(p)) && !(Is(p, "some") && Is(p + 1, "of")))
        {
            p++;
            return Lower(first, p);
        }
        return null;
    }

    /// <summary>"one" as a pronoun ("one of the", "no one", "the one") counts nothing.</summary>
    private bool IsPronounOne(int p, int n) =>
        n == 1 && Is(p, "one") && (Is(p - 1, "no") || Is(p - 1, "the") || Is(p - 1, "any") || Is(p - 1, "every") || Is(p - 1, "this") || Is(p - 1, "that") || Is(p + 1, "another"));

    /// <summary>half, a third, two-thirds, one quarter (of).</summary>
    private bool TryFraction(int p, out double value, out int after)
    {
        after = p;
        value = 0;
        int q = p;
        double multiplier = 1;
        if (Is(q, "a") || Is(q, "an") || Is(q, "one")) q++;
        else if (NumberWords.TryParse(T(q), out var count) && count is > 1 and < 10 && IsWord(q)) { multiplier = count; q++; }
        if (q >= _end || !FractionLookup.TryGetValue(T(q), out var fraction)) return false;
        if (q == p && !Is(q, "half") && !T(q).Contains('-')) return false;
        value = multiplier * fraction;
        after = q + 1;
        return true;
    }

    /// <summary>The counted noun after a number: a known count noun within the window, else the
    /// first lowercase content word after any capitalized modifiers ("two US bases").</summary>
    private int FindUnit(int start, int window, bool acrossLists)
    {
        int fallback = -1;
        for (int k = start; k < _end && k < start + window; k++)
        {
            var t = T(k);
            if (CountNounLookup.Contains(t)) return k;
            bool listGlue = acrossLists && (t is "," or "(" or ")" || Is(k, "and") || Is(k, "or"));
            if (!IsWord(k) && !listGlue) break;
            if (NotUnitLookup.Contains(t) && !listGlue) break;
            if (CasualtyLookup.TryGetValue(t, out _)) break;
            if (fallback < 0 && !acrossLists && IsWord(k))
            {
                if (char.IsLower(t[0])) fallback = HeadNoun(k);
                // a capitalized plural that ends the phrase is the unit: "3,000 Americans caught in ..."
                else if (t.Length > 3 && t[^1] == 's' && char.IsLower(t[^2]) && !(k + 1 < _end && IsWord(k + 1) && char.IsLower(T(k + 1)[0]) && !T(k + 1).EndsWith("ed", StringComparison.Ordinal) && !NotUnitLookup.Contains(T(k + 1))))
                    fallback = k;
            }
            if (fallback >= 0 && !acrossLists) break;
        }
        return fallback;
    }

    /// <summary>The noun a modifier belongs to: "largest companies", "common shares" -> the second
    /// word; a plural ("two governments said") is already the head.</summary>
    private int HeadNoun(int k)
    {
        var word = T(k);
        if (word.Length > 3 && word[^1] == 's' && word[^2] != 's') return k;
        int next = k + 1;
        if (next < _end && IsWord(next) && char.IsLower(T(next)[0]) && !NotUnitLookup.Contains(T(next)) && !CasualtyLookup.TryGetValue(T(next), out _)
            && !T(next).EndsWith("ed", StringComparison.Ordinal) && !T(next).EndsWith("ing", StringComparison.Ordinal)
            && !T(next).EndsWith("ly", StringComparison.Ordinal))
            return next;
        return k;
    }

    /// <summary>Token of a casualty verb after the counted phrase, past auxiliaries ("was", "have been").</summary>
    private int CasualtyAfter(int k)
    {
        int aux = 0;
        while (k < _end && AuxiliaryLookup.Contains(T(k)) && aux < 3) { k++; aux++; }
        if (k < _end && CasualtyLookup.TryGetValue(T(k), out _) && (aux > 0 || Is(k, "dead") || Is(k, "killed") || Is(k, "wounded") || Is(k, "injured")))
            return k;
        return -1;
    }

    /// <summary>"killing 12 people", "wounded at least 30": the verb before the count names its unit.</summary>
    private string? CasualtyBefore(int i)
    {
        int k = i - 1;
        if (k < _sentence.FirstToken) return null;
        var t = T(k);
        if (t.Equals("killing", StringComparison.OrdinalIgnoreCase) || t.Equals("killed", StringComparison.OrdinalIgnoreCase)) return "killed";
        if (t.Equals("wounding", StringComparison.OrdinalIgnoreCase) || t.Equals("injuring", StringComparison.OrdinalIgnoreCase)
            || t.Equals("wounded", StringComparison.OrdinalIgnoreCase) || t.Equals("injured", StringComparison.OrdinalIgnoreCase)) return "wounded";
        return null;
    }

    private static bool IsPeopleNoun(string unit) => unit is "people" or "civilians" or "persons" or "soldiers" or "troops" or "children" or "women" or "men" or "residents";

    /// <summary>
    /// A short phrase saying what is counted: the words between the number and the unit (nationality,
    /// role), the unit, a casualty verb, and what follows it up to a named place or operation
    /// ("French troops stationed in Iraq", "French paratrooper killed in Operation Chammal").
    /// </summary>
    private string? DescribeCounted(int afterNumber, int unitToken, int casualty, int end)
    {
        var words = new StringBuilder();
        void Add(int k)
        {
            if (words.Length > 0 && T(k) is not ("," or ")" or "'s") && words[^1] != '(') words.Append(' ');
            words.Append(T(k));
        }
        if (unitToken >= 0)
            for (int k = afterNumber; k <= unitToken; k++) if (!Is(k, "of")) Add(k);
        if (casualty >= 0) Add(casualty);
        // continuation: a participle and/or preposition, then a capitalized name ("stationed in Iraq")
        if (unitToken < 0 && casualty < 0) return words.Length == 0 ? null : words.ToString();
        int c = end;
        if (c < _end && IsWord(c) && T(c).EndsWith("ed", StringComparison.Ordinal) && char.IsLower(T(c)[0]) && casualty < 0) { Add(c); c++; }
        if (Is(c, "in") || Is(c, "from") || Is(c, "at") || Is(c, "on") || Is(c, "near") || Is(c, "across") || Is(c, "inside") || Is(c, "against"))
        {
            int name = Is(c + 1, "the") ? c + 2 : c + 1;
            int nameEnd = name;
            while (nameEnd < _end && IsWord(nameEnd) && !_inDate[nameEnd] && char.IsUpper(T(nameEnd)[0]) && nameEnd - name < 4) nameEnd++;
            if (nameEnd > name)
                for (int k = c; k < nameEnd; k++) Add(k);
        }
        return words.Length == 0 ? null : words.ToString();
    }
}
