using System.Globalization;

namespace Chronicle.Store;

/// <summary>
/// The <c>near</c> filter, "LAT,LON,KM": a bounding box an index can narrow, then the equirectangular
/// distance (exact enough within a few hundred kilometres; plain arithmetic, so both databases run it
/// without math functions). Circles across the antimeridian are cut at it (docs/geo.md).
/// </summary>
internal readonly record struct GeoCircle(double Lat, double Lon, double Km)
{
    private const double KmPerDegree = 111.32, MaxKm = 20000;

    public static bool TryParse(string text, out GeoCircle circle)
    {
        circle = default;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3) return false;
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || lat is < -90 or > 90) return false;
        if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || lon is < -180 or > 180) return false;
        if (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double km) || !(km is > 0 and <= MaxKm)) return false;
        circle = new GeoCircle(lat, lon, km);
        return true;
    }

    public void AddTo(SqlConditions where)
    {
        double degrees = Km / KmPerDegree;
        double cos = Math.Max(0.01, Math.Cos(Lat * Math.PI / 180));
        double lonSpan = Math.Min(360, degrees / cos);
        where.Add("(e.lat BETWEEN @near_lat_lo AND @near_lat_hi AND e.lon BETWEEN @near_lon_lo AND @near_lon_hi"
                  + " AND (e.lat - @near_lat) * (e.lat - @near_lat) + (e.lon - @near_lon) * (e.lon - @near_lon) * @near_cos2 <= @near_deg2)",
            ("@near_lat_lo", Lat - degrees), ("@near_lat_hi", Lat + degrees),
            ("@near_lon_lo", Lon - lonSpan), ("@near_lon_hi", Lon + lonSpan),
            ("@near_lat", Lat), ("@near_lon", Lon), ("@near_cos2", cos * cos), ("@near_deg2", degrees * degrees));
    }
}
