using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class SmokeTests
{
    [Fact]
    public void DefaultPipelineSegmentsText()
    {
        var doc = ChroniclePipeline.CreateDefault().Process(new Document("The talks ended. Both sides left."));
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal("en", doc.Language);
    }
}
