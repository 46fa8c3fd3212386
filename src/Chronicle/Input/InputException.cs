namespace Chronicle.Input;

/// <summary>Bad input: the CLI prints it as one line, <c>chronicle: &lt;input&gt;: &lt;problem&gt;</c>.</summary>
public sealed class InputException(string input, string problem) : Exception($"{input}: {problem}")
{
    public string Input { get; } = input;
    public string Problem { get; } = problem;
}
