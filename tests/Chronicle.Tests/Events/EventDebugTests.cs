using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Events;

public class EventDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var doc = ChroniclePipeline.CreateDefault().Process(new Document("The US claimed that they had attacked Iraq"));
        var sentence = doc.Sentences[0];
        var res = EventResources.Default;
        var finder = new ActorFinder(res.Actors, res.Lexicon);
        var actors = finder.Find(doc, sentence, null);
        var actorAt = new int[sentence.TokenCount]; Array.Fill(actorAt, -1);
        for (int k = 0; k < actors.Count; k++) for (int t = actors[k].Start; t < actors[k].End; t++) actorAt[t] = k;
        foreach (var tr in new TriggerScanner(res).Scan(doc, sentence, actorAt))
            output.WriteLine($"{doc.TokenText(tr.Start)} {tr.Start}-{tr.End} role={tr.Role} mod={tr.Modifier} code={tr.Code}");
        foreach (var a in actors) output.WriteLine($"actor {a.Name} {a.Code} {a.Start}-{a.End}");
    }
}
