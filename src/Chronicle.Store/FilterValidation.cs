using System.Globalization;

namespace Chronicle.Store;

/// <summary>Checks filter values before they reach SQL, so that the CLI and the API answer a bad
/// value with what is wrong (keyed by the parameter name both use) instead of an empty result.</summary>
public static class FilterValidation
{
    public static Dictionary<string, string[]> Problems(EventFilter f)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Bad(string name, string problem) => problems[name] = [problem];

        if (f.QuadClass is { } quad && quad is < 1 or > 4) Bad("quad", "quad class is 1-4 (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)");
        if (f.Cameo is { Length: > 0 } cameo && (cameo.Length > 4 || !cameo.All(char.IsAsciiDigit))) Bad("cameo", "a CAMEO event code (prefix) is 1-4 digits, e.g. 04 or 0334");
        if (f.Root is { Length: > 0 } root && (root.Length != 2 || !root.All(char.IsAsciiDigit))) Bad("root", "a CAMEO root code is two digits, 01-20");
        foreach (var (name, value) in new[] { ("actor", f.Actor), ("source", f.SourceActor), ("target", f.TargetActor), ("country", f.Country) })
            if (value is { Length: > 0 } && (value.Length > 40 || !value.All(char.IsAsciiLetterOrDigit))) Bad(name, "an actor or country code is letters and digits, e.g. FRA or IRQGOV");
        if (f.Plover is { Length: > 0 } plover && !plover.All(c => char.IsAsciiLetter(c) || c == '_')) Bad("plover", "a PLOVER category is a word, e.g. ASSAULT");
        if (f.From is { Length: > 0 } from && !IsDate(from)) Bad("from", "a date is YYYY-MM-DD (or YYYY-MM, YYYY)");
        if (f.To is { Length: > 0 } to && !IsDate(to)) Bad("to", "a date is YYYY-MM-DD (or YYYY-MM, YYYY)");
        if (f.Place is { Length: > 200 }) Bad("place", "a place name is at most 200 characters");
        if (f.Near is { Length: > 0 } near && !GeoCircle.TryParse(near, out _))
            Bad("near", "near is LAT,LON,KM: latitude -90 to 90, longitude -180 to 180, a radius of 0 to 20000 km, e.g. 48.85,2.35,50");
        return problems;
    }

    public static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Parses a quad class parameter; false when it is not a whole number.</summary>
    public static bool TryQuad(string? text, out int? quad)
    {
        quad = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int q)) return false;
        quad = q;
        return true;
    }
}
