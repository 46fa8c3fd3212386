using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Geo;

/// <summary>
/// Identity stage, after entity linking: gives every GPE/LOC entity the gazetteer knows its
/// <see cref="GeoPoint"/> (docs/geo.md). The default gazetteer starts loading in the background when the
/// component is built (time to first result); without the model file geo stays null.
/// </summary>
public sealed class Geocoder : IDocumentComponent
{
    private readonly Func<Gazetteer?> _gazetteer;

    public Geocoder(Func<Gazetteer?>? gazetteer = null)
    {
        _gazetteer = gazetteer ?? (() => Gazetteer.Default);
        if (gazetteer is null) Gazetteer.PreloadDefault();
    }
    private PlaceResolver? _resolver;

    public string Name => "geocoder";
    public PipelineStage Stage => PipelineStage.Identity;
    public bool EnglishOnly => true;

    public void Process(Document doc)
    {
        if (!doc.Entities.Exists(e => e.Type.IsPlace())) return;
        var g = _gazetteer();
        if (g is null) return;
        _resolver ??= new PlaceResolver(g, KnowledgeBase.Default);
        var chosen = _resolver.Resolve(doc.Entities, doc.Text);
        for (int i = 0; i < chosen.Length; i++)
        {
            if (chosen[i] < 0) continue;
            doc.Entities[i].Geo = PointOf(g, chosen[i]);
        }
    }

    private static GeoPoint PointOf(Gazetteer g, int entry)
    {
        var country = g.Country(entry);
        return new GeoPoint(Math.Round(g.Lat(entry), 5), Math.Round(g.Lon(entry), 5), g.GeonamesId(entry),
            g.Feature(entry).ToString().ToLowerInvariant(), country.Length == 0 ? null : country);
    }
}
