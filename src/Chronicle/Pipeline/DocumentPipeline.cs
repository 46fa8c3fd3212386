using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>An ordered, immutable list of components. Built by <see cref="DocumentPipelineBuilder"/>.</summary>
public sealed class DocumentPipeline
{
    private readonly IDocumentComponent[] _components;

    internal DocumentPipeline(IDocumentComponent[] components) => _components = components;

    public IReadOnlyList<IDocumentComponent> Components => _components;

    /// <summary>Texts longer than this many UTF-16 units are analyzed window by window (<see cref="TextWindows"/>,
    /// <see cref="WindowMerger"/>), so memory follows the window and not the text. 100,000 is about 17,000 words:
    /// longer than nearly any news article, which is therefore analyzed whole.</summary>
    public const int DefaultWindowChars = 100_000;

    public int WindowChars { get; private init; } = DefaultWindowChars;

    /// <summary>The same components with another window size.</summary>
    public DocumentPipeline WithWindowChars(int chars) =>
        new(_components) { WindowChars = chars >= 16 ? chars : throw new ArgumentOutOfRangeException(nameof(chars), "a window needs at least 16 characters") };

    /// <summary>Runs every component in order. English-only components are skipped once the
    /// language stage has decided the document is not English ("und", undecided, still runs them).
    /// A component that throws costs its own layer only: the failure goes to <see cref="Document.Errors"/>,
    /// what it had added to the annotation lists is removed, and the later components still run.</summary>
    public Document Process(Document document) => Process(document, null);

    /// <summary>As <see cref="Process(Document)"/>, adding each component's elapsed <see cref="System.Diagnostics.Stopwatch"/>
    /// ticks to <paramref name="elapsedTicks"/> and the bytes it allocated to <paramref name="allocatedBytes"/> (both indexed
    /// as <see cref="Components"/>) when given: where the time and the garbage come from.</summary>
    public Document Process(Document document, long[]? elapsedTicks, long[]? allocatedBytes = null)
    {
        if (document.Text.Length <= WindowChars || document.Tokens.Length > 0) return ProcessWhole(document, elapsedTicks, allocatedBytes);
        var merger = new WindowMerger(document);
        var windows = TextWindows.Split(document.Text, WindowChars);
        foreach (var (start, end) in windows)
        {
            var window = new Document(document.Text.Substring(start, end - start), document.Metadata);
            merger.Add(ProcessWhole(window, elapsedTicks, allocatedBytes), start);
        }
        merger.Finish();
        document.Notes.Add($"analyzed in {windows.Count} windows of up to {WindowChars:N0} characters (a longer text than one window); per-token tags are not kept");
        return document;
    }

    private Document ProcessWhole(Document document, long[]? elapsedTicks, long[]? allocatedBytes)
    {
        for (int i = 0; i < _components.Length; i++)
        {
            var component = _components[i];
            if (component.EnglishOnly && document.IsKnownNonEnglish) continue;
            long start = elapsedTicks is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            long allocated = allocatedBytes is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            var before = new LayerCounts(document);
            try
            {
                component.Process(document);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
            {
                // A bug in one component must cost its layer, not the article: the rest is still worth having.
                before.RemoveAddedSince(document);
                document.Errors.Add(new ComponentError(component.Name, $"{e.GetType().Name}: {e.Message}"));
            }
            if (elapsedTicks is not null) elapsedTicks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - start;
            if (allocatedBytes is not null) allocatedBytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
        return document;
    }

    /// <summary>The sizes of the annotation lists before a component runs, so that a component that
    /// fails half way leaves none of its partial (possibly inconsistent) items behind.</summary>
    private readonly struct LayerCounts(Document d)
    {
        private readonly int _entities = d.Entities.Count, _quotes = d.Quotes.Count, _dates = d.Dates.Count,
            _quantities = d.Quantities.Count, _events = d.Events.Count,
            _loaded = d.Framing.LoadedTerms.Count, _markers = d.Framing.SourceMarkers.Count;

        public void RemoveAddedSince(Document d)
        {
            Truncate(d.Entities, _entities);
            Truncate(d.Quotes, _quotes);
            Truncate(d.Dates, _dates);
            Truncate(d.Quantities, _quantities);
            Truncate(d.Events, _events);
            Truncate(d.Framing.LoadedTerms, _loaded);
            Truncate(d.Framing.SourceMarkers, _markers);
        }

        private static void Truncate<T>(List<T> list, int count)
        {
            if (list.Count > count) list.RemoveRange(count, list.Count - count);
        }
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
