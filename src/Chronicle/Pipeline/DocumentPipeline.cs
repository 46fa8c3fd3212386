using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>An ordered, immutable list of components. Built by <see cref="DocumentPipelineBuilder"/>.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentComponent[] _components;

    internal DocumentPipeline(IDocumentComponent[] components) => _components = components;

    public IReadOnlyList<IDocumentComponent> Components => _components;

    /// <summary>Runs every component in order. English-only components are skipped once the
    /// language stage has decided the document is not English ("und", undecided, still runs them).</summary>
    public Document Process(Document document) => Process(document, null);

    /// <summary>As <see cref="Process(Document)"/>, adding each component's elapsed <see cref="System.Diagnostics.Stopwatch"/>
    /// ticks to <paramref name="elapsedTicks"/> and the bytes it allocated to <paramref name="allocatedBytes"/> (both indexed
    /// as <see cref="Components"/>) when given: where the time and the garbage come from.</summary>
    public Document Process(Document document, long[]? elapsedTicks, long[]? allocatedBytes = null)
    {
        for (int i = 0; i < _components.Length; i++)
        {
            var component = _components[i];
            if (component.EnglishOnly && document.IsKnownNonEnglish) continue;
            long start = elapsedTicks is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            long allocated = allocatedBytes is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            try
            {
                component.Process(document);
                if (elapsedTicks is not null) elapsedTicks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - start;
                if (allocatedBytes is not null) allocatedBytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
            catch (Exception e) when (e is not ComponentException)
            {
                // A bug in one component must cost one document, not a whole batch: callers report it and go on.
                throw new ComponentException(component.Name, e);
            }
        }
        return document;
    }

    /// <summary>Stage by stage, the components that fill it (empty list: not available yet).</summary>
    public IEnumerable<(PipelineStage Stage, IReadOnlyList<string> Components)> Describe()
    {
        foreach (var stage in Enum.GetValues<PipelineStage>())
            yield return (stage, _components.Where(c => c.Stage == stage).Select(c => c.Name).ToList());
    }
}

/// <summary>Collects components (Markdig's pipeline builder is the model) and orders them by stage,
/// keeping insertion order inside a stage.</summary>
public sealed class DocumentPipelineBuilder
{
    private readonly List<IDocumentComponent> _components = [];

    public DocumentPipelineBuilder Use(IDocumentComponent component)
    {
        if (_components.Any(c => c.Name == component.Name))
            throw new InvalidOperationException($"component '{component.Name}' is already in the pipeline");
        _components.Add(component);
        return this;
    }

    /// <summary>Adds the component when there is one (a component whose model file is missing is null).</summary>
    public DocumentPipelineBuilder UseWhenAvailable(IDocumentComponent? component) => component is null ? this : Use(component);

    public DocumentPipeline Build() =>
        new(_components.Select((c, i) => (c, i)).OrderBy(x => x.c.Stage).ThenBy(x => x.i).Select(x => x.c).ToArray());
}

/// <summary>A component failed on a document (a bug, not bad input); the message names the component.</summary>
public sealed class ComponentException(string component, Exception inner)
    : Exception($"internal error in the '{component}' component ({inner.GetType().Name}: {inner.Message})", inner)
{
    public string Component { get; } = component;
}
