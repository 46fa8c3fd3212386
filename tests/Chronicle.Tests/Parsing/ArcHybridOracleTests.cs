using Chronicle.Parsing;

namespace Chronicle.Tests.Parsing;

public class ArcHybridOracleTests
{
    /// <summary>Following only zero-cost transitions must rebuild a projective gold tree exactly.</summary>
    private static int[] FollowOracle(int[] goldHeads)
    {
        int n = goldHeads.Length;
        var gold = goldHeads.Select(h => h < 0 ? n : h).ToArray();
        var state = new ArcHybridState();
        state.Reset(n);
        while (!state.IsTerminal)
        {
            var t = Enum.GetValues<Transition>().Where(state.IsLegal).OrderBy(t => state.Cost(t, gold)).First();
            Assert.Equal(0, state.Cost(t, gold));
            state.Apply(t, 0);
        }
        return state.Heads.ToArray().Select(h => h == n ? -1 : h).ToArray();
    }

    [Theory]
    [InlineData(new[] { 1, -1, 3, 1, 1 })]            // The cat sat on mat-like shapes
    [InlineData(new[] { -1, 0, 0, 2, 3, 4 })]         // right-branching chain
    [InlineData(new[] { 1, 2, 3, 4, -1 })]            // left-branching chain
    [InlineData(new[] { 3, 2, 3, -1, 5, 3, 3 })]
    public void ZeroCostTransitionsRebuildProjectiveTrees(int[] heads)
    {
        Assert.True(Projectivity.IsProjective(heads));
        Assert.Equal(heads, FollowOracle(heads));
    }

    [SharedFact("data/ud-english/ewt-dev.conllu")]
    public void ZeroCostTransitionsRebuildEveryProjectivizedDevTree()
    {
        var path = Path.Combine(TestPaths.Shared, "data/ud-english/ewt-dev.conllu");
        var sentences = Conllu.Parse(File.ReadAllText(path), path);
        foreach (var s in sentences)
        {
            var heads = (int[])s.Heads.Clone();
            Projectivity.Projectivize(heads);
            Assert.Equal(heads, FollowOracle(heads));
        }
    }

    [Fact]
    public void EveryTransitionSequenceEndsInASingleRootedTree()
    {
        var random = new Random(7);
        var state = new ArcHybridState();
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 12);
            state.Reset(n);
            while (!state.IsTerminal)
            {
                var legal = Enum.GetValues<Transition>().Where(state.IsLegal).ToArray();
                state.Apply(legal[random.Next(legal.Length)], 0);
            }
            Assert.Equal(1, state.Heads.ToArray().Count(h => h == n));
            Assert.DoesNotContain(-1, state.Heads.ToArray());
            Assert.True(Projectivity.IsProjective(state.Heads.ToArray().Select(h => h == n ? -1 : h).ToArray()));
        }
    }
}
