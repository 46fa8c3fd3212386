namespace Chronicle.Events;

/// <summary>
/// Turns the code of an act into the code of what is said or done about it: "will meet" -> 036
/// (intent), "did not release" -> 1243 (refuse to yield), "demanded the withdrawal" -> 106, "urged ...
/// to cease fire" -> 0256, "stop attacking" -> 087 (de-escalate), "threatened to attack" -> 138.
/// Returns null when the combination is no event ("did not attack"). CAMEO's own hierarchy is the
/// guide: every result is the codebook's code for that speech act about that kind of act.
/// </summary>
public static class CodeComposer
{
    /// <summary>087x: de-escalation of military engagement (ceasefire, retreat, demobilisation ...).</summary>
    internal static readonly CameoCode DeEscalation = new("087");

    // The tables below read best as the codebook's strings; Apply wraps the result once.
    public static CameoCode? Apply(Modifier modifier, CameoCode code, bool speechContext) => (modifier switch
    {
        Modifier.Negation or Modifier.Refuse => Reject(code, modifier == Modifier.Refuse),
        Modifier.Modal => speechContext ? Intent(code) : code.Value,
        Modifier.Intent => Intent(code),
        Modifier.Demand => Demand(code),
        Modifier.Appeal => Appeal(code),
        Modifier.Threat => code.RootNumber == 13 ? code.Value : code.IsConflict ? Intent(code) : null,
        Modifier.Cease => Cease(code),
        Modifier.Claim => code.IsConflict ? "015" : code.Value,
        _ => code.Value,
    }) is { } composed ? new CameoCode(composed) : null;

    /// <summary>Not doing, or refusing to do, a cooperative act is a rejection (12x).</summary>
    private static string? Reject(CameoCode code, bool refusal)
    {
        if (code.IsUnder(DeEscalation)) return "1246";
        return code.RootNumber switch
        {
            1 => refusal ? "011" : code.Value,
            3 => code.Third switch { '1' => "121", '3' => "122", '4' => "123", '5' => "124", '6' => "125", '7' => "127", '8' or '9' => "126", _ => "120" },
            4 => "125",
            5 => "120",
            6 => "121",
            7 => "122",
            8 => code.Third switch { '1' => "1241", '2' => "1242", '4' => "1243", '5' => "1244", '6' => "1245", _ => "124" },
            10 or 11 or 13 => refusal ? "120" : null,
            _ => null,
        };
    }

    /// <summary>Saying one will do something: 03x for cooperation, 13x threats for conflict.</summary>
    private static string Intent(CameoCode code)
    {
        if (code.IsUnder(DeEscalation)) return "0356";
        return code.RootNumber switch
        {
            4 => "036",
            5 => code.Third <= '4' ? "032" : "030",
            6 => code.Third == '0' ? "031" : "031" + code.Third,
            7 => code.Third is >= '1' and <= '4' ? "033" + code.Third : "033",
            8 => code.Third switch { '1' => "0351", '2' => "0352", '3' => "034", '4' => "0353", '5' => "0354", '6' => "0355", _ => "035" },
            14 => "133",
            15 => "138",
            16 => code.Third switch { '1' => "1313", '2' => "1311", '3' => "1312", '4' => "134", '5' => "135", '6' => "136", _ => "131" },
            17 => code.Third == '2' ? "132" : "137",
            18 => "1383",
            19 => code.Third switch { '1' => "1381", '2' => "1382", _ => "138" },
            20 => code.IsUnder("204") ? "1385" : "138",
            _ => code.Value,
        };
    }

    private static string Demand(CameoCode code)
    {
        if (code.Value == "0871") return "107";
        if (code.Value == "0874") return "106";
        if (code.IsUnder(DeEscalation)) return "1056";
        return code.RootNumber switch
        {
            4 => "108",
            6 => code.Third == '0' ? "101" : "101" + code.Third,
            7 => code.Third is >= '1' and <= '4' ? "103" + code.Third : "103",
            8 => code.Third switch { '1' => "1051", '2' => "1052", '4' => "1053", '5' => "1054", '6' => "1055", _ => "105" },
            9 => "101",
            2 or 3 or 5 => "102",
            _ => "100",
        };
    }

    private static string Appeal(CameoCode code)
    {
        if (code.IsUnder(DeEscalation)) return "0256";
        return code.RootNumber switch
        {
            4 => "026",
            5 => "022",
            6 => code.Third == '0' ? "021" : "021" + code.Third,
            7 => code.Third is >= '1' and <= '4' ? "023" + code.Third : "023",
            8 => code.Third switch { '1' => "0251", '2' => "0252", '4' => "0253", '5' => "0254", '6' => "0255", _ => "025" },
            _ => "020",
        };
    }

    /// <summary>Stopping an act: conflict -> de-escalation (087x); cooperation -> reducing relations (16x).</summary>
    private static string? Cease(CameoCode code)
    {
        if (code.Value == "163") return "085";
        if (code.IsUnder("172")) return "081";
        if (code.Value == "191") return "0872";
        return code.RootNumber switch
        {
            15 => "0873",
            17 or 18 or 19 or 20 => "087",
            4 => "164",
            5 => "161",
            6 => "160",
            7 => code.Third is >= '1' and <= '3' ? "162" + code.Third : "162",
            _ => null,
        };
    }
}
