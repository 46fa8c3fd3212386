using System.Text.RegularExpressions;
using Chronicle.Pipeline;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Tests.Tagging;

/// <summary>The <c>chronicle ner</c> contract (DESIGN.md section 2) and the pipeline components,
/// with the committed models.</summary>
public class NerCommandTests
{
    // Written for this test (not from the corpora): two documents, CoNLL-2003 columns, odd spacing kept.
    private const string Input =
        "-DOCSTART- -X- O O\n" +
        "\n" +
        "Angela NNP I-NP I-PER\n" +
        "Merkel NNP I-NP I-PER\n" +
        "flew VBD I-VP O\n" +
        "to TO I-PP O\n" +
        "Paris NNP I-NP I-LOC\n" +
        "on IN I-PP O\n" +
        "Monday NNP I-NP O\n" +
        ". . O O\n" +
        "\n" +
        "-DOCSTART- -X- -X- O\n" +
        "\n" +
        "Shares  NNS I-NP O\n" +
        "of IN I-PP O\n" +
        "Siemens NNP I-NP I-ORG\n" +
        "rose VBD I-VP O\n" +
        ". . O O\n";

    private static readonly Regex Tag = new("^(O|[BI]-(PER|ORG|LOC|MISC))$");

    private static string RunNer(string content, out int exitCode)
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        File.WriteAllText(input, content);
        exitCode = Chronicle.Cli.Program.Main(["ner", input, "--out", output]);
        var result = File.ReadAllText(output);
        File.Delete(input);
        File.Delete(output);
        return result;
    }

    [Fact]
    public void AppendsOneIob2TagToEachTokenLineAndKeepsTheOthers()
    {
        var output = RunNer(Input, out int exitCode);
        Assert.Equal(0, exitCode);
        var inLines = Input.Split('\n');
        var outLines = output.Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        string? previous = null;
        for (int i = 0; i < inLines.Length; i++)
        {
            if (inLines[i].Length == 0 || inLines[i].StartsWith("-DOCSTART-"))
            {
                Assert.Equal(inLines[i], outLines[i]);
                previous = null;
                continue;
            }
            Assert.StartsWith(inLines[i] + " ", outLines[i]);
            string tag = outLines[i][(inLines[i].Length + 1)..];
            Assert.Matches(Tag, tag);
            Assert.True(IobConstraints.Allowed(previous, tag), $"{tag} after {previous}");
            previous = tag;
        }
        Assert.EndsWith("Merkel NNP I-NP I-PER I-PER", outLines[3]);
    }

    [Fact]
    public void MalformedInputIsAnErrorNotOutput()
    {
        RunNer("Angela\tNNP\tI-NP\n", out int exitCode);
        Assert.NotEqual(0, exitCode);
    }

    [Fact]
    public void PipelineFillsTagLayersAndModelNames()
    {
        var doc = ChroniclePipeline.CreateDefault(TaggingTestData.Models)
            .Process(new Document("The European Commission said on Thursday it disagreed with German advice to consumers."));
        Assert.NotNull(doc.PartOfSpeech);
        Assert.NotNull(doc.Chunks);
        Assert.NotNull(doc.NamedEntityTags);
        Assert.Equal("DT", doc.PartOfSpeech![0]);
        Assert.Equal("B-NP", doc.Chunks![0]);
        Assert.Equal(TaggingModels.NamedEntities, doc.Models["ner"]);
        Assert.Equal(TaggingModels.PartOfSpeech, doc.Models["pos"]);
        int european = Array.FindIndex(doc.Tokens, t => doc.Text[t.Start..t.End] == "European");
        Assert.Equal("B-ORG", doc.NamedEntityTags![european]);
    }
}
