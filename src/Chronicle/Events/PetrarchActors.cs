using System.IO.Compression;
using System.Text;
using Chronicle.Pipeline;

namespace Chronicle.Events;

/// <summary>
/// The Phoenix actor dictionaries published with PETRARCH2 (MIT licence, Open Event Data Alliance): tens of
/// thousands of people, parties, ministries and armed groups with the codes they held between two dates ("BORIS_YELTSIN
/// [RUSGOV 910710-991231]"). <c>chronicle train actors</c> converts them once into models/petrarch-actors.txt.gz (the
/// dictionary lines without comments, gzipped, with the licence notice on top), which the event coder loads by default
/// under Chronicle's own phrases, so the product never reads ../shared.
/// </summary>
public static class PetrarchActors
{
    public const string ModelFile = "petrarch-actors.txt.gz";

    private const string Notice =
        "# Converted by `chronicle train actors` from the Phoenix actor dictionaries of PETRARCH2\n" +
        "# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt):\n" +
        "# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is hereby granted, free of\n" +
        "# charge, to any person obtaining a copy of this software and associated documentation files, to deal in the\n" +
        "# Software without restriction, subject to including this notice. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT\n" +
        "# WARRANTY OF ANY KIND. The full licence text is in models/petrarch-actors.LICENSE.\n";

    /// <summary>Writes the model from the dictionary files (comments and blank lines dropped); returns the lines kept.</summary>
    public static int WriteModel(IEnumerable<string> dictionaries, string outPath)
    {
        int kept = 0;
        using var file = File.Create(outPath);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.Write(Notice);
        foreach (var path in dictionaries)
            foreach (var line in File.ReadLines(path))
            {
                var trimmed = line.TrimEnd();
                if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
                writer.Write(trimmed);
                writer.Write('\n');
                kept++;
            }
        return kept;
    }

    /// <summary>Loads the model into <paramref name="dictionary"/> when the catalog has it; false when it does not.</summary>
    public static bool TryLoad(ActorDictionary dictionary, ModelCatalog? catalog = null)
    {
        var path = (catalog ?? ModelCatalog.Default).Find(ModelFile);
        if (path is null) return false;
        Load(dictionary, path);
        return true;
    }

    public static void Load(ActorDictionary dictionary, string path) => dictionary.LoadActors(ReadLines(path), path);

    private static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
