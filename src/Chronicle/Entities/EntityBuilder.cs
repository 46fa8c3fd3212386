using Chronicle.Annotations;
using Chronicle.Knowledge;

namespace Chronicle.Entities;

/// <summary>An entity while mentions are being linked to it: what is known of its name, country, role and gender.</summary>
internal sealed class EntityBuilder(string key, string name, EntityKind type)
{
    public string Key { get; } = key;
    public string Name { get; set; } = name;
    public EntityKind Type { get; set; } = type;
    /// <summary>Country from the text's context, which wins over the knowledge layer's.</summary>
    public string? ContextCountry { get; set; }
    public string? ContextRole { get; set; }
    /// <summary>Code fixed by the knowledge layer (organisations, groups, countries).</summary>
    public string? FixedCode { get; set; }
    public string? FixedCountry { get; set; }
    public Leader? Leader { get; set; }
    public char Gender { get; set; } = '?';
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);
    public string GivenName { get; set; } = "";
    public HashSet<string> RoleWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<Mention> Mentions { get; } = [];
    /// <summary>Start of the latest mention, for recency when resolving titles and surnames.</summary>
    public int LastMention { get; set; } = -1;
    public bool HasFullName { get; set; }

    public bool IsPerson => Type == EntityKind.Person;

    public string? Country => ContextCountry ?? Leader?.CountryCode ?? FixedCountry;

    public string? Code
    {
        get
        {
            if (FixedCode is not null) return FixedCode;
            var country = Country;
            var role = ContextRole ?? Leader?.Role;
            if (country is null) return null;
            return role is null ? country : country + role;
        }
    }

    public void AddMention(Mention mention, int tokenStart)
    {
        foreach (var m in Mentions)
            if (m.Start == mention.Start && m.End == mention.End) return;
        Mentions.Add(mention);
        LastMention = Math.Max(LastMention, tokenStart);
    }

    public void LinkLeader(Leader leader)
    {
        Leader = leader;
        Name = leader.Name;
        Surnames.Add(leader.Surname);
        if (GivenName.Length == 0) GivenName = leader.GivenName;
        if (Gender == '?') Gender = leader.Gender;
        HasFullName = true;
    }

    public Entity ToEntity(string id)
    {
        Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Entity { Id = id, Name = Name, Type = Type, Code = Code, Country = Country, Mentions = [.. Mentions] };
    }
}
