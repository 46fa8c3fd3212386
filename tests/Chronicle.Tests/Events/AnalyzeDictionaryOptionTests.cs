using Chronicle.Cli;

namespace Chronicle.Tests.Events;

public class AnalyzeDictionaryOptionTests
{
    [Fact]
    public void MissingDictionaryFileIsAnInputError()
    {
        var article = Path.GetTempFileName();
        File.WriteAllText(article, "Gondor attacked Arnor.");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.NotEqual(0, Program.Main(["analyze", article, "--actors", "/no/such/actors.txt"]));
        }
        finally
        {
            Console.SetError(saved);
            File.Delete(article);
        }
        Assert.Contains("/no/such/actors.txt", error.ToString());
    }
}
