using System.Text;

namespace Chronicle.Tests.Robustness;

/// <summary>
/// A seeded generator of damaged articles: each case applies one to three named mutations to a clean
/// article, so a failing case is reproduced from its number alone. The mutations are the damage real
/// feeds carry (mis-decoded bytes, cut-off bodies, invisible and direction-changing characters, scripts
/// the English rules never saw) and the damage an attacker would try (quote storms, huge tokens and lines).
/// </summary>
public sealed class ArticleMutator
{
    public sealed record Mutation(string Name, Func<string, Random, string> Apply);

    /// <summary>Decimal digit zeros of scripts that pass <see cref="char.IsDigit(char)"/> (the last is astral).</summary>
    private static readonly string[] DigitZeros = ["\u0660", "\u06F0", "\u0966", "\u09E6", "\u0E50", "\uFF10", "\U0001D7CE"];

    private static readonly string[] ControlCharacters =
        ["\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\u001B", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u200C", "\u200D", "\u00AD"];

    private static readonly string[] BidiCharacters =
        ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\u200E", "\u200F"];

    private static readonly string[] QuoteMarks = ["\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u300C", "\u300D", "``", "''"];

    private static readonly string[] AstralCharacters = ["\U0001F600", "\U0001F1EB\U0001F1F7", "\U0001D400", "\U00020000", "\U0001F469\u200D\U0001F4BB", "\U00010400"];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("byte-flips", FlipBytes),
        new("truncation", Truncate),
        new("control-characters", (text, random) => Sprinkle(text, random, ControlCharacters, 1 + random.Next(40))),
        new("bidi-characters", (text, random) => Sprinkle(text, random, BidiCharacters, 1 + random.Next(40))),
        new("combining-marks", AddCombiningMarks),
        new("astral-characters", (text, random) => Sprinkle(text, random, AstralCharacters, 1 + random.Next(60))),
        new("lone-surrogates", (text, random) => Sprinkle(text, random, ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"], 1 + random.Next(10))),
        new("quote-storm", QuoteStorm),
        new("long-token", LongToken),
        new("long-line", (text, _) => text.Replace('\n', ' ').Replace(". ", " ", StringComparison.Ordinal)),
        new("non-ascii-digits", ForeignDigits),
        new("digit-storm", DigitStorm),
        new("whitespace-storm", WhitespaceStorm),
        new("markup-fragments", (text, random) => Sprinkle(text, random, ["<", ">", "&amp;", "<p>", "</div>", "<script>", "&#x0;", "]]>", "<!--"], 1 + random.Next(30))),
    ];

    private readonly IReadOnlyList<string> articles;

    public ArticleMutator(IReadOnlyList<string> articles) =>
        this.articles = articles.Count > 0 ? articles : throw new ArgumentException("at least one clean article is needed", nameof(articles));

    /// <summary>The damaged article of case <paramref name="number"/> and the mutations that made it.</summary>
    public (string Text, string[] Mutations) Case(int number)
    {
        var random = new Random(unchecked(20261206 * 31 + number));
        var text = articles[random.Next(articles.Count)];
        int count = 1 + random.Next(3);
        var applied = new string[count];
        for (int i = 0; i < count; i++)
        {
            var mutation = All[random.Next(All.Count)];
            text = mutation.Apply(text, random);
            applied[i] = mutation.Name;
        }
        return (text, applied);
    }

    private static string FlipBytes(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0) return text;
        int flips = 1 + random.Next(Math.Max(1, bytes.Length / 50));
        for (int i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        // A reader that decodes leniently turns the broken sequences into U+FFFD, as a lax feed reader would.
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Cut anywhere, even between the halves of a surrogate pair.</summary>
    private static string Truncate(string text, Random random) => text[..random.Next(text.Length + 1)];

    private static string Sprinkle(string text, Random random, string[] pieces, int count)
    {
        var builder = new StringBuilder(text);
        for (int i = 0; i < count; i++)
            builder.Insert(random.Next(builder.Length + 1), pieces[random.Next(pieces.Length)]);
        return builder.ToString();
    }

    private static string AddCombiningMarks(string text, Random random)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            builder.Append(c);
            if (char.IsLetter(c) && random.Next(6) == 0)
                for (int n = random.Next(1, 25); n > 0; n--) builder.Append((char)(0x0300 + random.Next(0x70)));
        }
        return builder.ToString();
    }

    private static string QuoteStorm(string text, Random random)
    {
        if (random.Next(2) == 0) return Sprinkle(text, random, QuoteMarks, 50 + random.Next(400));
        var mark = QuoteMarks[random.Next(QuoteMarks.Length)];
        var storm = new StringBuilder();
        for (int n = 200 + random.Next(2000); n > 0; n--) storm.Append(mark).Append(random.Next(3) == 0 ? " said " : "");
        return text.Insert(random.Next(text.Length + 1), storm.ToString());
    }

    private static string LongToken(string text, Random random)
    {
        char[] alphabets = ['a', 'Z', '7', '-', '.', '\'', '\u0434'];
        var token = new string(alphabets[random.Next(alphabets.Length)], 5_000 + random.Next(60_000));
        return text.Insert(random.Next(text.Length + 1), $" {token} ");
    }

    /// <summary>Every ASCII digit written in one other script, as articles copied from regional outlets are.</summary>
    private static string ForeignDigits(string text, Random random)
    {
        var zero = DigitZeros[random.Next(DigitZeros.Length)];
        int zeroPoint = char.ConvertToUtf32(zero, 0);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
            builder.Append(c is >= '0' and <= '9' ? char.ConvertFromUtf32(zeroPoint + (c - '0')) : c.ToString());
        return builder.ToString();
    }

    private static string DigitStorm(string text, Random random)
    {
        string[] numbers = ["99999999999999999999999", "1,000,000,000,000,000,000", "31/02/2021", "00:99", "1e400", "-0", "3.", ".5%", "$-", "2021-13-45", "19999 BC", "12th of Never"];
        return Sprinkle(text, random, numbers.Select(n => $" {n} ").ToArray(), 5 + random.Next(60));
    }

    private static string WhitespaceStorm(string text, Random random)
    {
        string[] spaces = [" ", "\t", "\u00A0", "\u2003", "\u3000", "\n\n\n", "\r\n"];
        var space = spaces[random.Next(spaces.Length)];
        return random.Next(2) == 0 ? text.Replace(" ", "", StringComparison.Ordinal) : text.Replace(" ", string.Concat(Enumerable.Repeat(space, 1 + random.Next(20))), StringComparison.Ordinal);
    }
}
