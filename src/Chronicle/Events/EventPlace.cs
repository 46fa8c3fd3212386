using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Where an event happened (its <see cref="EventLocation"/>), in GDELT's order for ActionGeo: the place the
/// clause names ("talks in Montevideo"); else the geocoded place of the same sentence nearest the trigger that
/// is not one of the actors ("attacked a convoy near Gao"); else the target, then the source, where that actor is
/// itself a place ("sent planes to Bangladesh"). Coordinates are the geocoder's for the place's entity (docs/geo.md).
/// </summary>
internal static class EventPlace
{
    public static EventLocation? Locate(Document document, Sentence sentence, ActorMention? place, EventActor source, EventActor? target, int triggerOffset)
    {
        if (place is not null)
        {
            var geo = place.EntityId is null ? null : Find(document, place.EntityId)?.Geo;
            return new EventLocation(place.Name, place.HasCountry ? place.Code[..3] : null, geo?.Lat, geo?.Lon);
        }
        Entity? nearest = null;
        int distance = int.MaxValue;
        foreach (var e in document.Entities)
        {
            if (e.Geo is null || e.Id == source.Entity || e.Id == target?.Entity) continue;
            foreach (var m in e.Mentions)
                if (m.Start >= sentence.Start && m.End <= sentence.End && Math.Abs(m.Start - triggerOffset) < distance)
                {
                    nearest = e;
                    distance = Math.Abs(m.Start - triggerOffset);
                }
        }
        nearest ??= ActorPlace(document, target?.Entity) ?? ActorPlace(document, source.Entity);
        return nearest is { Geo: { } g } ? new EventLocation(nearest.Name, nearest.Country, g.Lat, g.Lon) : null;
    }

    private static Entity? ActorPlace(Document document, string? entityId) =>
        entityId is null ? null : Find(document, entityId) is { Geo: not null } e ? e : null;

    private static Entity? Find(Document document, string id) => document.Entities.Find(e => e.Id == id);
}
