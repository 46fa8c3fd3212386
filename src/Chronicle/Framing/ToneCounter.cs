namespace Chronicle.FramingAnalysis;

/// <summary>
/// GDELT-style tone arithmetic: the share of positive and of negative words among all words, in
/// percent, and tone = positive share minus negative share (so -100..+100, news usually -10..+10).
/// A lexicon phrase counts as one word of its sign, whatever its strength: GDELT counts words.
/// </summary>
public struct ToneCounter
{
    public int Words;
    public int Positive;
    public int Negative;
    public int OutletWords;
    public int OutletPositive;
    public int OutletNegative;

    public void Add(sbyte valence)
    {
        if (valence > 0) Positive++;
        else if (valence < 0) Negative++;
    }

    public void AddOutlet(sbyte valence)
    {
        if (valence > 0) OutletPositive++;
        else if (valence < 0) OutletNegative++;
    }

    /// <summary>Adds a sentence's whole-text counts (outlet counts are kept on the document counter).</summary>
    public void Merge(in ToneCounter sentence)
    {
        Words += sentence.Words;
        Positive += sentence.Positive;
        Negative += sentence.Negative;
    }

    public readonly double PositiveShare => Share(Positive, Words);
    public readonly double NegativeShare => Share(Negative, Words);
    public readonly double Tone => Math.Round(Share(Positive, Words) - Share(Negative, Words), 2);
    public readonly double? OutletTone => OutletWords == 0 ? null : Math.Round(Share(OutletPositive, OutletWords) - Share(OutletNegative, OutletWords), 2);

    private static double Share(int count, int total) => total == 0 ? 0 : Math.Round(100.0 * count / total, 2);
}
