using Chronicle.Parsing;
using static Chronicle.Tests.Parsing.ParsedDocuments;

namespace Chronicle.Tests.Parsing;

public class PredicateFramesTests
{
    [Fact]
    public void ActiveVerbHasSubjectObjectAndObliqueWithPreposition()
    {
        var doc = Build("Rebels attacked the base near Kabul on Sunday .",
            "2 nsubj NNS", "0 root VBD", "4 det DT", "2 obj NN", "6 case IN", "4 nmod NNP", "8 case IN", "2 obl NNP", "2 punct .");
        var frame = Assert.Single(PredicateFrames.ForSentence(doc, 0));
        Assert.Equal(Token(doc, "attacked"), frame.Predicate);
        Assert.Equal(Token(doc, "Rebels"), frame.Subject);
        Assert.Equal(Token(doc, "base"), frame.Object);
        Assert.False(frame.Passive);
        Assert.Equal([("on", Token(doc, "Sunday"))], frame.Obliques);
    }

    [Fact]
    public void PassiveVerbHasPatientSubjectAndAgent()
    {
        var doc = Build("The minister was not killed by gunmen in Baghdad .",
            "2 det DT", "5 nsubj:pass NN", "5 aux:pass VBD", "5 advmod RB", "0 root VBN", "7 case IN", "5 obl:agent NNS",
            "9 case IN", "5 obl NNP", "5 punct .");
        var frame = PredicateFrames.ForVerb(doc, Token(doc, "killed"));
        Assert.True(frame.Passive);
        Assert.True(frame.Negated);
        Assert.Equal(Token(doc, "minister"), frame.Subject);
        Assert.Equal(Token(doc, "gunmen"), frame.Agent);
        Assert.Equal([("in", Token(doc, "Baghdad"))], frame.Obliques);
        Assert.Equal(-1, frame.Object);
    }

    [Fact]
    public void PassiveByPhraseLabelledPlainOblIsTakenAsAgent()
    {
        var doc = Build("He was arrested by police .", "3 nsubj:pass PRP", "3 aux:pass VBD", "0 root VBN", "5 case IN", "3 obl NNS", "3 punct .");
        var frame = PredicateFrames.ForVerb(doc, Token(doc, "arrested"));
        Assert.Equal(Token(doc, "police"), frame.Agent);
        Assert.Empty(frame.Obliques);
    }

    [Fact]
    public void CoordinatedSubjectsAndObjectsAndSharedSubjectOfCoordinatedVerb()
    {
        var doc = Build("Kadhimi and Biden met Macron and Erdogan and signed a deal .",
            "4 nsubj NNP", "3 cc CC", "1 conj NNP", "0 root VBD", "4 obj NNP", "7 cc CC", "5 conj NNP",
            "9 cc CC", "4 conj VBD", "11 det DT", "9 obj NN", "4 punct .");
        var met = PredicateFrames.ForVerb(doc, Token(doc, "met"));
        Assert.Equal([Token(doc, "Biden")], met.SubjectConjuncts);
        Assert.Equal([Token(doc, "Erdogan")], met.ObjectConjuncts);
        var signed = PredicateFrames.ForVerb(doc, Token(doc, "signed"));
        Assert.Equal(Token(doc, "Kadhimi"), signed.Subject);
        Assert.Equal(Token(doc, "deal"), signed.Object);
        Assert.Equal([Token(doc, "Kadhimi"), Token(doc, "Biden")], DependencyTree.CoordinationGroup(doc, Token(doc, "Biden")));
    }

    [Fact]
    public void ToldAddresseeThatClauseIsIndirectObjectAndSpeechComplement()
    {
        var doc = Build("Macron told reporters that France would stay .",
            "2 nsubj NNP", "0 root VBD", "2 iobj NNS", "7 mark IN", "7 nsubj NNP", "7 aux MD", "2 ccomp VB", "2 punct .");
        var frame = PredicateFrames.ForVerb(doc, Token(doc, "told"));
        Assert.Equal(Token(doc, "Macron"), frame.Subject);
        Assert.Equal(Token(doc, "reporters"), frame.IndirectObject);
        Assert.Equal(Token(doc, "stay"), frame.Complement);
        Assert.Equal(Token(doc, "stay"), DependencyTree.SpeechComplement(doc, Token(doc, "told")));
        var stay = PredicateFrames.ForVerb(doc, Token(doc, "stay"));
        Assert.Equal(Token(doc, "France"), stay.Subject);
    }

    [Fact]
    public void ParentheticalSpeechVerbReportsTheClauseItIsAttachedTo()
    {
        var doc = Build("Troops will stay , he said .",
            "3 nsubj NNS", "3 aux MD", "0 root VB", "3 punct ,", "6 nsubj PRP", "3 parataxis VBD", "3 punct .");
        Assert.Equal(Token(doc, "stay"), DependencyTree.SpeechComplement(doc, Token(doc, "said")));
    }

    [Fact]
    public void OpenComplementTakesItsControllerAsSubject()
    {
        var doc = Build("Washington urged Ankara to halt the offensive .",
            "2 nsubj NNP", "0 root VBD", "2 obj NNP", "5 mark TO", "2 xcomp VB", "7 det DT", "5 obj NN", "2 punct .");
        var halt = PredicateFrames.ForVerb(doc, Token(doc, "halt"));
        Assert.Equal(Token(doc, "Ankara"), halt.Subject);
        Assert.Equal(Token(doc, "offensive"), halt.Object);
    }

    [Fact]
    public void NominalEventsReadPatientAgentAndPlaceFromModifiers()
    {
        var doc = Build("the assassination of Soleimani in Baghdad", "2 det DT", "0 root NN", "4 case IN", "2 nmod NNP", "6 case IN", "2 nmod NNP");
        var frame = PredicateFrames.ForNoun(doc, Token(doc, "assassination"));
        Assert.True(frame.IsNominal);
        Assert.Equal(Token(doc, "Soleimani"), frame.Object);
        Assert.Equal(-1, frame.Subject);
        Assert.Equal([("in", Token(doc, "Baghdad"))], frame.Obliques);

        var offensive = Build("the Turkish offensive against Kurdish fighters", "3 det DT", "3 amod JJ", "0 root NN", "6 case IN", "6 amod JJ", "3 nmod NNS");
        var f2 = PredicateFrames.ForNoun(offensive, Token(offensive, "offensive"));
        Assert.Equal(Token(offensive, "Turkish"), f2.Subject);
        Assert.Equal([("against", Token(offensive, "fighters"))], f2.Obliques);
    }

    [Fact]
    public void HeadOfSpanIsTheTokenAttachedOutsideIt()
    {
        var doc = Build("the French president arrived", "3 det DT", "3 amod JJ", "4 nsubj NN", "0 root VBD");
        Assert.Equal(2, DependencyTree.HeadOfSpan(doc, 0, 3));
        Assert.Equal(3, DependencyTree.HeadOfSpan(doc, 1, 4));
        Assert.Equal(-1, DependencyTree.HeadOfSpan(doc, 2, 2));
    }

    [Fact]
    public void MultiwordPrepositionIsJoined()
    {
        var doc = Build("They left because of the war .", "2 nsubj PRP", "0 root VBD", "6 case IN", "3 fixed IN", "6 det DT", "2 obl NN", "2 punct .");
        Assert.Equal([("because of", Token(doc, "war"))], PredicateFrames.ForVerb(doc, 1).Obliques);
    }
}
