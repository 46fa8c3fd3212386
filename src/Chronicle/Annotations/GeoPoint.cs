using System.Text.Json.Serialization;

namespace Chronicle.Annotations;

/// <summary>
/// Where a place entity is: a gazetteer entry's coordinates (WGS84 degrees), its GeoNames id (null for
/// countries and Chronicle's own region, sea and area lists), its feature ("city", "country", "region",
/// "water", "area") and the ISO 3166 alpha-3 code of the country it lies in (null for seas and areas).
/// </summary>
public sealed record GeoPoint(
    double Lat,
    double Lon,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? GeonamesId,
    string Feature,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Country);
