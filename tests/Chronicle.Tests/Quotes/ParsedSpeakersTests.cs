using Chronicle.Annotations;
using Chronicle.Quotes;
using Chronicle.Tests.Parsing;
using Chronicle.Text;

namespace Chronicle.Tests.Quotes;

/// <summary>Cue subjects read from hand-written parses, so the rules are tested apart from the parser's accuracy.</summary>
public class ParsedSpeakersTests
{
    private static SpeakerPhrase? SubjectOf(Document doc, string cue, params string[] persons)
    {
        foreach (var name in persons)
        {
            int start = doc.Text.IndexOf(name, StringComparison.Ordinal);
            doc.Entities.Add(new Entity { Id = "E" + (doc.Entities.Count + 1), Name = name, Type = EntityKind.Person,
                                          Mentions = [new Mention(start, start + name.Length, name)] });
        }
        var mentions = new MentionIndex(doc);
        return ParsedSpeakers.SubjectBefore(doc, mentions, new bool[doc.Tokens.Length], ParsedDocuments.Token(doc, cue), 0);
    }

    [Fact]
    public void SubjectBeforeALongApposition()
    {
        // Dana Reyes , 41 , of Tulsa , said it
        var doc = ParsedDocuments.Build("Dana Reyes, 41, of Tulsa, said it",
            "2 compound NNP", "9 nsubj NNP", "4 punct ,", "2 appos CD", "7 punct ,", "7 case IN", "2 nmod NNP", "2 punct ,",
            "0 root VBD", "9 obj PRP");
        var speaker = SubjectOf(doc, "said", "Dana Reyes");
        Assert.Equal("Dana Reyes", speaker?.Entity?.Name);
    }

    [Fact]
    public void RelativePronounNamesItsAntecedent()
    {
        // The mayor , who has in the past described it , left
        var doc = ParsedDocuments.Build("The mayor, who has in the past described it, left",
            "2 det DT", "12 nsubj NN", "4 punct ,", "9 nsubj WP", "9 aux VBZ", "8 case IN", "8 det DT", "9 obl NN",
            "2 acl:relcl VBN", "9 obj PRP", "2 punct ,", "0 root VBD");
        var speaker = SubjectOf(doc, "described");
        Assert.Equal("who", speaker?.Mention.Text);
        Assert.Equal("The mayor", speaker?.Name);
    }

    [Fact]
    public void CoordinatedCueSharesTheFirstVerbsSubject()
    {
        // Ames praised Ruiz and called it
        var doc = ParsedDocuments.Build("Ames praised Ruiz and called it",
            "2 nsubj NNP", "0 root VBD", "2 obj NNP", "5 cc CC", "2 conj VBD", "5 obj PRP");
        Assert.Equal("Ames", SubjectOf(doc, "called", "Ames", "Ruiz")?.Entity?.Name);
    }

    [Fact]
    public void ParticipleTakesTheMainClauseSubject()
    {
        // Ames left early , saying it
        var doc = ParsedDocuments.Build("Ames left early, saying it",
            "2 nsubj NNP", "0 root VBD", "2 advmod RB", "5 punct ,", "2 advcl VBG", "5 obj PRP");
        Assert.Equal("Ames", SubjectOf(doc, "saying", "Ames")?.Entity?.Name);
    }

    [Fact]
    public void ParticipleInsideASubordinateClauseIsNotTrusted()
    {
        // Ames admitted that Ruiz was right , noting it: the parse hangs "noting" on the subordinate clause
        var doc = ParsedDocuments.Build("Ames admitted that Ruiz was right, noting it",
            "2 nsubj NNP", "0 root VBD", "6 mark IN", "6 nsubj NNP", "6 cop VBD", "2 ccomp JJ", "8 punct ,", "6 advcl VBG", "8 obj PRP");
        Assert.Null(SubjectOf(doc, "noting", "Ames", "Ruiz"));
    }

    [Fact]
    public void InfinitiveCueHasNoSpeaker()
    {
        // Ames invited Ruiz to speak
        var doc = ParsedDocuments.Build("Ames invited Ruiz to speak",
            "2 nsubj NNP", "0 root VBD", "2 obj NNP", "5 mark TO", "2 xcomp VB");
        Assert.Null(SubjectOf(doc, "speak", "Ames", "Ruiz"));
    }

    [Fact]
    public void FrontedDayIsNoSubject()
    {
        // Sunday , Ruiz said it: a misparse making the day the subject is refused
        var doc = ParsedDocuments.Build("Sunday, Ruiz said it",
            "4 nsubj NNP", "1 punct ,", "1 appos NNP", "0 root VBD", "4 obj PRP");
        Assert.Null(SubjectOf(doc, "said", "Ruiz"));
    }
}
