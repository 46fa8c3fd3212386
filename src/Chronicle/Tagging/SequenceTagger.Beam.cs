using Chronicle.Text;

namespace Chronicle.Tagging;

public sealed partial class SequenceTagger
{
    private int[][] _beamTags = [];
    private int[][] _nextTags = [];
    private float[] _beamScores = [];
    private (float Score, int From, int Tag)[] _candidates = [];

    /// <summary>Hypotheses kept while decoding (1 = greedy). Only for templates without document memory
    /// (<see cref="TaggerFeatures.SupportsBeam"/>); training stays greedy. See docs/models.md.</summary>
    public int BeamWidth { get; set; } = 1;

    private ReadOnlySpan<int> BeamDecode(Document document, Sentence sentence)
    {
        int n = sentence.TokenCount, k = BeamWidth, c = Model.Classes;
        if (_beamTags.Length != k || _beamTags[0].Length < n)
        {
            int capacity = Math.Max(n * 2, 64);
            _beamTags = Enumerable.Range(0, k).Select(_ => new int[capacity]).ToArray();
            _nextTags = Enumerable.Range(0, k).Select(_ => new int[capacity]).ToArray();
            _beamScores = new float[k];
        }
        if (_candidates.Length < k * c) _candidates = new (float, int, int)[k * c];
        _atoms.Fill(document, sentence, Features.Clusters);
        Features.BeginSentence(document, _atoms);
        int alive = 1;
        _beamScores[0] = 0;
        for (int i = 0; i < n; i++)
        {
            int count = 0;
            for (int h = 0; h < alive; h++)
            {
                var sink = new FeatureSink(_featureBuffer, Model.Mask);
                Features.Extract(_atoms, i, _beamTags[h].AsSpan(0, n), ref sink);
                Model.Score(sink.Features, _scores);
                var allowed = _allowedAfter[i == 0 ? 0 : _beamTags[h][i - 1] + 1];
                for (int y = 0; y < c; y++)
                    if (allowed.Length == 0 || allowed[y]) _candidates[count++] = (_beamScores[h] + _scores[y], h, y);
            }
            // Keep the k best (ties: earlier hypothesis, lower tag, so the result is deterministic).
            Array.Sort(_candidates, 0, count, CandidateOrder.Instance);
            alive = Math.Min(k, count);
            for (int b = 0; b < alive; b++)
            {
                var (score, from, tag) = _candidates[b];
                Array.Copy(_beamTags[from], _nextTags[b], i);
                _nextTags[b][i] = tag;
                _beamScores[b] = score;
            }
            (_beamTags, _nextTags) = (_nextTags, _beamTags);
        }
        if (_tags.Length < n) _tags = new int[n * 2];
        Array.Copy(_beamTags[0], _tags, n);
        return _tags.AsSpan(0, n);
    }

    private sealed class CandidateOrder : IComparer<(float Score, int From, int Tag)>
    {
        public static readonly CandidateOrder Instance = new();
        public int Compare((float Score, int From, int Tag) a, (float Score, int From, int Tag) b)
        {
            int byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0) return byScore;
            int byFrom = a.From.CompareTo(b.From);
            return byFrom != 0 ? byFrom : a.Tag.CompareTo(b.Tag);
        }
    }
}
