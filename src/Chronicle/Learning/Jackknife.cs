namespace Chronicle.Learning;

/// <summary>
/// Jackknifing: every item gets a prediction from a model that never saw it, so a later stage trains
/// on inputs as noisy as those it meets at run time. Item i belongs to fold i % folds.
/// </summary>
public static class Jackknife
{
    /// <summary>For each fold: <paramref name="train"/> on the other folds' items (in their order, with the
    /// fold number for seeding), then <paramref name="apply"/> that model to each index of the fold.</summary>
    public static void Run<TItem, TModel>(IReadOnlyList<TItem> items, int folds, Func<List<TItem>, int, TModel> train,
        Action<TModel, int> apply)
    {
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = new List<TItem>(items.Count);
            for (int i = 0; i < items.Count; i++) if (i % folds != fold) rest.Add(items[i]);
            var model = train(rest, fold);
            for (int i = fold; i < items.Count; i += folds) apply(model, i);
        }
    }
}
