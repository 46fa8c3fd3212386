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
    public static bool IsConflict(string code) => Root(code) >= 14;
    private static int Root(string code) => code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? (code[0] - '0') * 10 + (code[1] - '0') : -1;
    private static char Third(string code) => code.Length >= 3 ? code[2] : '0';
    private static string Sub(string code) => code.Length >= 4 ? code[3..4] : "";

    public static string? Apply(Modifier modifier, string code, bool speechContext) => modifier switch
    {
        Modifier.Negation or Modifier.Refuse => Reject(code, modifier == Modifier.Refuse),
        Modifier.Modal => speechContext ? Intent(code) : code,
        Modifier.Intent => Intent(code),
        Modifier.Demand => Demand(code),
        Modifier.Appeal => Appeal(code),
        Modifier.Threat => Root(code) == 13 ? code : IsConflict(code) ? Intent(code) : null,
        Modifier.Cease => Cease(code),
        Modifier.Claim => IsConflict(code) ? "015" : code,
        _ => code,
    };

    /// <summary>Not doing, or refusing to do, a cooperative act is a rejection (12x).</summary>
    private static string? Reject(string code, bool refusal)
    {
        if (code.StartsWith("087")) return "1246";
        return Root(code) switch
        {
            1 => refusal ? "011" : code,
            3 => Third(code) switch { '1' => "121", '3' => "122", '4' => "123", '5' => "124", '6' => "125", '7' => "127", '8' or '9' => "126", _ => "120" },
            4 => "125",
            5 => "120",
            6 => "121",
            7 => "122",
            8 => Third(code) switch { '1' => "1241", '2' => "1242", '4' => "1243", '5' => "1244", '6' => "1245", _ => "124" },
            10 or 11 or 13 => refusal ? "120" : null,
            _ => null,
        };
    }

    /// <summary>Saying one will do something: 03x for cooperation, 13x threats for conflict.</summary>
    public static string Intent(string code)
    {
        if (code.StartsWith("087")) return "0356";
        return Root(code) switch
        {
            4 => "036",
            5 => Third(code) <= '4' ? "032" : "030",
            6 => Third(code) == '0' ? "031" : "031" + Third(code),
            7 => Third(code) is >= '1' and <= '4' ? "033" + Third(code) : "033",
            8 => Third(code) switch { '1' => "0351", '2' => "0352", '3' => "034", '4' => "0353", '5' => "0354", '6' => "0355", _ => "035" },
            14 => "133",
            15 => "138",
            16 => Third(code) switch { '1' => "1313", '2' => "1311", '3' => "1312", '4' => "134", '5' => "135", '6' => "136", _ => "131" },
            17 => Third(code) == '2' ? "132" : "137",
            18 => "1383",
            19 => Third(code) switch { '1' => "1381", '2' => "1382", _ => "138" },
            20 => code.StartsWith("204") ? "1385" : "138",
            _ => code,
        };
    }

    private static string Demand(string code)
    {
        if (code == "0871") return "107";
        if (code == "0874") return "106";
        if (code.StartsWith("087")) return "1056";
        return Root(code) switch
        {
            4 => "108",
            6 => Third(code) == '0' ? "101" : "101" + Third(code),
            7 => Third(code) is >= '1' and <= '4' ? "103" + Third(code) : "103",
            8 => Third(code) switch { '1' => "1051", '2' => "1052", '4' => "1053", '5' => "1054", '6' => "1055", _ => "105" },
            9 => "101",
            2 or 3 or 5 => "102",
            _ => "100",
        };
    }

    private static string Appeal(string code)
    {
        if (code.StartsWith("087")) return "0256";
        return Root(code) switch
        {
            4 => "026",
            5 => "022",
            6 => Third(code) == '0' ? "021" : "021" + Third(code),
            7 => Third(code) is >= '1' and <= '4' ? "023" + Third(code) : "023",
            8 => Third(code) switch { '1' => "0251", '2' => "0252", '4' => "0253", '5' => "0254", '6' => "0255", _ => "025" },
            _ => "020",
        };
    }

    /// <summary>Stopping an act: conflict -> de-escalation (087x); cooperation -> reducing relations (16x).</summary>
    private static string? Cease(string code)
    {
        if (code == "163") return "085";
        if (code.StartsWith("172")) return "081";
        if (code == "191") return "0872";
        return Root(code) switch
        {
            15 => "0873",
            17 or 18 or 19 or 20 => "087",
            4 => "164",
            5 => "161",
            6 => "160",
            7 => Third(code) is >= '1' and <= '3' ? "162" + Third(code) : "162",
            _ => null,
        };
    }
}
