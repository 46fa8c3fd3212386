namespace Chronicle.Annotations;

/// <summary>A temporal expression with its TIMEX3 type and normalized value.</summary>
public sealed class TimeExpression
{
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>TIMEX3 value: 2021-08-28, 2021-07, 198X, 2014/2017, P3Y, XXXX-07 ...</summary>
    public required string Value { get; set; }
    /// <summary>TIMEX3 type: DATE, TIME, DURATION or SET.</summary>
    public string Type { get; set; } = "DATE";
}
