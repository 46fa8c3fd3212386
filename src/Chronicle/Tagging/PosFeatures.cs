using Chronicle.Learning;

namespace Chronicle.Tagging;

/// <summary>Part-of-speech templates (after Collins 2002 and Honnibal's greedy tagger): the word,
/// its affixes and shape, the words and suffixes around it, and the two previous tags.</summary>
public sealed class PosFeatures : TaggerFeatures
{
    public override string Name => "pos-v1";

    public override void Extract(SentenceAtoms s, int i, ReadOnlySpan<int> tags, ref FeatureSink sink)
    {
        ref var a = ref s[i];
        int t1 = TagAt(tags, i - 1), t2 = TagAt(tags, i - 2);
        sink.Add(new FeatureKey(100));
        sink.Add(new FeatureKey(101).Add(a.Word));
        sink.Add(new FeatureKey(102).Add(a.Lower));
        sink.Add(new FeatureKey(103).Add(a.Suffix1));
        sink.Add(new FeatureKey(104).Add(a.Suffix2));
        sink.Add(new FeatureKey(105).Add(a.Suffix3));
        sink.Add(new FeatureKey(106).Add(a.Suffix4));
        sink.Add(new FeatureKey(107).Add(a.Prefix1));
        sink.Add(new FeatureKey(108).Add(a.Prefix2));
        sink.Add(new FeatureKey(109).Add(a.Prefix3));
        sink.Add(new FeatureKey(110).Add(a.Shape));
        sink.Add(new FeatureKey(111).Add(t1));
        sink.Add(new FeatureKey(112).Add(t2));
        sink.Add(new FeatureKey(113).Add(t2).Add(t1));
        sink.Add(new FeatureKey(114).Add(t1).Add(a.Lower));
        sink.Add(new FeatureKey(115).Add(s[i - 1].Lower));
        sink.Add(new FeatureKey(116).Add(s[i - 1].Suffix3));
        sink.Add(new FeatureKey(117).Add(s[i - 2].Lower));
        sink.Add(new FeatureKey(118).Add(s[i + 1].Lower));
        sink.Add(new FeatureKey(119).Add(s[i + 1].Suffix3));
        sink.Add(new FeatureKey(120).Add(s[i + 2].Lower));
        sink.Add(new FeatureKey(121).Add(s[i - 1].Lower).Add(a.Lower));
        sink.Add(new FeatureKey(122).Add(a.Lower).Add(s[i + 1].Lower));
        sink.Add(new FeatureKey(123).Add(i == 0 ? 1 : 0).Add(a.ShortShape));
        sink.Add(new FeatureKey(124).Add(s[i + 1].ShortShape));
        if (Clusters is not null)
        {
            sink.Add(new FeatureKey(130).Add(a.ClusterFine));
            sink.Add(new FeatureKey(131).Add(a.Cluster));
            sink.Add(new FeatureKey(132).Add(s[i + 1].Cluster));
        }
    }
}
