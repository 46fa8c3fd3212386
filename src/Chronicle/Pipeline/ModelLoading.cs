using System.Runtime.ExceptionServices;

namespace Chronicle.Pipeline;

/// <summary>How model files are loaded off the critical path (time to first result, issue 19): independent
/// files side by side, and a shared model started in the background before its first use.</summary>
public static class ModelLoading
{
    /// <summary>Runs the loads side by side and returns their results in order; the first failure is
    /// rethrown as itself, not wrapped, so callers keep catching what a single load throws.</summary>
    public static T[] InParallel<T>(params Func<T>[] loads)
    {
        var tasks = Array.ConvertAll(loads, load => Task.Run(load));
        try { Task.WaitAll(tasks); }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return Array.ConvertAll(tasks, t => t.Result);
    }

    /// <summary>Starts creating <paramref name="model"/>'s value on the thread pool. A failure is not reported
    /// here: the Lazy keeps it (ExecutionAndPublication) and throws it again on first use.</summary>
    public static void Preload<T>(Lazy<T> model)
    {
        if (model.IsValueCreated) return;
        ThreadPool.QueueUserWorkItem(static lazy =>
        {
            try { _ = lazy.Value; }
            catch (Exception e) when (e is not OutOfMemoryException) { }
        }, model, preferLocal: false);
    }
}
