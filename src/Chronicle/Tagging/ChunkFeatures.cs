using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>Chunking templates (after Sha and Pereira 2003): words and part-of-speech tags in a ±2
/// window, their bigrams and trigram, and the previous chunk tags conjoined with the current POS.</summary>
public sealed class ChunkFeatures : TaggerFeatures
{
    public override string Name => "chunk-v1";

    public override void Extract(SentenceAtoms s, int i, ReadOnlySpan<int> tags, ref FeatureSink sink)
    {
        ref var a = ref s[i];
        int t1 = TagAt(tags, i - 1), t2 = TagAt(tags, i - 2);
        ulong pm2 = s[i - 2].Pos, pm1 = s[i - 1].Pos, p0 = a.Pos, pp1 = s[i + 1].Pos, pp2 = s[i + 2].Pos;
        sink.Add(new FeatureKey(200));
        sink.Add(new FeatureKey(201).Add(a.Lower));
        sink.Add(new FeatureKey(202).Add(s[i - 1].Lower));
        sink.Add(new FeatureKey(203).Add(s[i + 1].Lower));
        sink.Add(new FeatureKey(204).Add(s[i - 2].Lower));
        sink.Add(new FeatureKey(205).Add(s[i + 2].Lower));
        sink.Add(new FeatureKey(206).Add(p0));
        sink.Add(new FeatureKey(207).Add(pm1));
        sink.Add(new FeatureKey(208).Add(pp1));
        sink.Add(new FeatureKey(209).Add(pm2));
        sink.Add(new FeatureKey(210).Add(pp2));
        sink.Add(new FeatureKey(211).Add(pm1).Add(p0));
        sink.Add(new FeatureKey(212).Add(p0).Add(pp1));
        sink.Add(new FeatureKey(213).Add(pm2).Add(pm1));
        sink.Add(new FeatureKey(214).Add(pp1).Add(pp2));
        sink.Add(new FeatureKey(215).Add(pm1).Add(p0).Add(pp1));
        sink.Add(new FeatureKey(216).Add(pm2).Add(pm1).Add(p0));
        sink.Add(new FeatureKey(217).Add(p0).Add(pp1).Add(pp2));
        sink.Add(new FeatureKey(218).Add(s[i - 1].Lower).Add(a.Lower));
        sink.Add(new FeatureKey(219).Add(a.Lower).Add(s[i + 1].Lower));
        sink.Add(new FeatureKey(220).Add(a.Lower).Add(p0));
        sink.Add(new FeatureKey(221).Add(t1));
        sink.Add(new FeatureKey(222).Add(t2).Add(t1));
        sink.Add(new FeatureKey(223).Add(t1).Add(p0));
        sink.Add(new FeatureKey(224).Add(t1).Add(a.Lower));
        sink.Add(new FeatureKey(225).Add(t1).Add(p0).Add(pp1));
        sink.Add(new FeatureKey(226).Add(t1).Add(pm1).Add(p0));
        sink.Add(new FeatureKey(227).Add(a.ShortShape));
        sink.Add(new FeatureKey(228).Add(a.Suffix3));
        if (Clusters is not null)
        {
            sink.Add(new FeatureKey(230).Add(a.Cluster));
            sink.Add(new FeatureKey(231).Add(s[i + 1].Cluster));
        }
    }
}
