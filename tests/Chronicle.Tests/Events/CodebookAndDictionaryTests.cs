using Chronicle.Events;

namespace Chronicle.Tests.Events;

public class CodebookAndDictionaryTests
{
    [Fact]
    public void CodebookHasEveryCameoCodeWithRepairedRows()
    {
        var codebook = CameoCodebook.Default;
        Assert.Equal(311, codebook.Count);                     // 310 GDELT rows + 106 split out of 1056
        Assert.Equal(-5.0, codebook.Get("106").Goldstein);
        Assert.Equal("Demand de-escalation of military engagement", codebook.Get("1056").Name);
        Assert.Equal(-10.0, codebook.Get("195").Goldstein);
        Assert.Equal((1, 2, 3, 4), (codebook.Get("057").QuadClass, codebook.Get("073").QuadClass, codebook.Get("112").QuadClass, codebook.Get("190").QuadClass));
        Assert.All(codebook.Codes.Where(c => c.Code.Length > 2 && c.Root != "01"), c => Assert.NotNull(c.Plover));
    }

    [Theory]
    [InlineData("0334", "AGREE", "aid")]
    [InlineData("046", "CONSULT", "negotiate")]
    [InlineData("0874", "RETREAT", "withdraw")]
    [InlineData("173", "COERCE", "arrest")]
    [InlineData("195", "ASSAULT", "aerial")]
    [InlineData("1712", "COERCE", "seize")]
    public void PloverCrosswalkUsesTheLongestPrefix(string code, string plover, string mode)
    {
        var c = CameoCodebook.Default.Get(code);
        Assert.Equal((plover, mode), (c.Plover, c.PloverMode));
    }

    [Theory]
    [InlineData(Modifier.Intent, "074", "0334")]
    [InlineData(Modifier.Intent, "190", "138")]
    [InlineData(Modifier.Negation, "084", "1243")]
    [InlineData(Modifier.Refuse, "040", "125")]
    [InlineData(Modifier.Refuse, "010", "011")]
    [InlineData(Modifier.Demand, "0874", "106")]
    [InlineData(Modifier.Appeal, "0871", "0256")]
    [InlineData(Modifier.Cease, "190", "087")]
    [InlineData(Modifier.Cease, "163", "085")]
    [InlineData(Modifier.Claim, "190", "015")]
    public void ModifiersRecodeTheActTheyGovern(Modifier modifier, string inner, string expected) =>
        Assert.Equal(expected, CodeComposer.Apply(modifier, new CameoCode(inner), speechContext: true)?.Value);

    [Fact]
    public void NegatedViolenceIsNoEventAndModalsNeedSpeech()
    {
        Assert.Null(CodeComposer.Apply(Modifier.Negation, new CameoCode("190"), true));
        Assert.Equal("072", CodeComposer.Apply(Modifier.Modal, new CameoCode("072"), speechContext: false)?.Value);
        Assert.Equal("0332", CodeComposer.Apply(Modifier.Modal, new CameoCode("072"), speechContext: true)?.Value);
    }

    [Fact]
    public void ActorDictionaryReadsSynonymsStemsAndDateBoundedCodes()
    {
        var d = new ActorDictionary();
        d.LoadActors([
            "<!-- comment -->", "ARNOR_ [ARN]", "+ARNORIAN_", "BULGAR [BUL] # stem", "JAMES_BYRNES_  ; note",
            "\t[USAELI 18970101-450703]", "\t[USAGOV 450703-470121]", "\t[USAELI >470121]",
        ], "test");
        var doc = new Chronicle.Text.Document("Bulgarians and Arnorian envoys met James Byrnes .");
        doc.SetTokens(Chronicle.Text.Tokenizer.Tokenize(doc.Text));
        Assert.True(d.Actors.TryMatch(doc, 0, doc.Tokens.Length, out int end, out var bulgar) && end == 1);
        Assert.Equal("BUL", bulgar.CodeAt(null));
        Assert.True(d.Actors.TryMatch(doc, 2, doc.Tokens.Length, out _, out var arnor));
        Assert.Equal("ARN", arnor.CodeAt(null));
        Assert.True(d.Actors.TryMatch(doc, 5, doc.Tokens.Length, out end, out var byrnes) && end == 7);
        Assert.Equal("USAGOV", byrnes.CodeAt(new DateOnly(1946, 1, 1)));
        Assert.Equal("USAELI", byrnes.CodeAt(new DateOnly(1960, 1, 1)));
        Assert.Equal("USAELI", byrnes.CodeAt(new DateOnly(1920, 1, 1)));
    }

    [Fact]
    public void ShortStemsMatchOnlyThemselves()
    {
        // Phoenix's "+PLA" (China's army) is a stem of three letters: it must not code "plans" or "place".
        var d = new ActorDictionary();
        d.LoadActors(["PEOPLES_LIBERATION_ARMY_ [CHNMIL]", "+PLA", "U.S [USA]", "BULGAR [BUL]"], "test");
        var doc = new Chronicle.Text.Document("Beijing plans a PLA drill ; the PLAs U.S. Bulgarians");
        doc.SetTokens(Chronicle.Text.Tokenizer.Tokenize(doc.Text));
        var matched = Enumerable.Range(0, doc.Tokens.Length)
            .Where(t => d.Actors.TryMatch(doc, t, doc.Tokens.Length, out _, out _)).Select(t => doc.TokenText(t)).ToList();
        Assert.Equal(["PLA", "PLAs", "U.S.", "Bulgarians"], matched);
    }

    [Fact]
    public void AgentDictionaryMakesPluralsAndSubstitutions()
    {
        var d = new ActorDictionary();
        d.LoadAgents(["!PERSON! = MAN, MEN", "CONGRESS!PERSON! [~LEG]", "POLICE {} [~COP]", "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]", "HUMAN_RIGHTS_GROUP [NGO~]"], "test");
        var doc = new Chronicle.Text.Document("congressmen police polices attorneys general human rights groups");
        doc.SetTokens(Chronicle.Text.Tokenizer.Tokenize(doc.Text));
        Assert.True(d.Agents.TryMatch(doc, 0, 9, out _, out var congress) && congress.Code == "LEG");
        Assert.True(d.Agents.TryMatch(doc, 1, 9, out _, out var police) && police.Code == "COP");
        Assert.False(d.Agents.TryMatch(doc, 2, 9, out _, out _));
        Assert.True(d.Agents.TryMatch(doc, 3, 9, out int end, out var attorney) && end == 5 && attorney.Code == "GOV");
        Assert.True(d.Agents.TryMatch(doc, 5, 9, out _, out var group) && group is { Code: "NGO", Before: true });
    }

    [Fact]
    public void VerbDictionaryReadsBlocksSynsetsAndPatterns()
    {
        var verbs = new PetrarchVerbDictionary();
        verbs.Load([
            "&TIETYPES", "+MILITARY", "+ECONOMIC", "", "--- RESTORE  [064] ---", "RESTORE", "+RENEW {RENEWS RENEWED RENEWING}",
            "- * &TIETYPES TIES [0641]", "- * (WITH AID) [071]", "--- SAY [---] ---", "SAY {SAYS SAID SAYING}",
        ], "test");
        Assert.Equal(3, verbs.VerbCount);
        Assert.Equal(2, verbs.PatternCount);
        var doc = new Chronicle.Text.Document("Arnor renewed economic ties with Gondor and said so .");
        doc.SetTokens(Chronicle.Text.Tokenizer.Tokenize(doc.Text));
        Assert.True(verbs.Verbs.TryMatch(doc, 1, doc.Tokens.Length, out _, out var renew));
        Assert.Equal("064", renew.Code);
        Assert.Equal((true, "0641"), VerbPatternMatcher.Match(doc, renew, 0, 1, 2, doc.Tokens.Length));
        Assert.True(verbs.Verbs.TryMatch(doc, 7, doc.Tokens.Length, out _, out var said));
        Assert.Null(said.Code);
    }

    [Fact]
    public void UserDictionariesGoOnTopOfChroniclesOwn()
    {
        var dir = Directory.CreateTempSubdirectory();
        var actors = Path.Combine(dir.FullName, "a.txt");
        var verbs = Path.Combine(dir.FullName, "v.txt");
        File.WriteAllLines(actors, ["GONDOR_ [GON]", "ARNOR_ [ARN]"]);
        File.WriteAllLines(verbs, ["--- SNUB [1234] ---", "SNUB"]);
        var resources = EventResources.WithUserDictionaries([actors], [], verbs);
        var pipeline = new Chronicle.Pipeline.DocumentPipelineBuilder().Use(new Chronicle.Text.TokenizerComponent())
            .Use(new Chronicle.Text.SentenceSplitterComponent()).Use(new EventCoder(resources)).Build();
        var doc = pipeline.Process(new Chronicle.Text.Document("Gondor snubbed Arnor. France attacked Gondor.") { Language = "en" });
        Assert.Contains(doc.Events, e => e.Cameo == "1234" && e.Source!.Code == "GON" && e.Target!.Code == "ARN" && e.Root == "12");
        Assert.Contains(doc.Events, e => e.Cameo == "190" && e.Source!.Code == "FRA" && e.Target!.Code == "GON");
        dir.Delete(true);
    }
}
