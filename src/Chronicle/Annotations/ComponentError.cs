namespace Chronicle.Annotations;

/// <summary>A pipeline component that threw on this document (a bug, not bad input). The document keeps
/// every other layer; the failed component's partial results are dropped. In the Analysis JSON's
/// <c>errors</c>, present only when there is at least one.</summary>
public sealed record ComponentError(string Component, string Message);
