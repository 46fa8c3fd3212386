using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>
/// The feature templates of the parser: Zhang and Nivre's (2011) rich set, adapted to arc-hybrid
/// (the word below the stack top, s1, plays the part of arc-eager's s0 head). Words are the
/// lower-cased forms, tags the predicted Penn tags, labels the relations already assigned; plus
/// distance, valency (children counts) and the sets of labels on each side.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 107;
    private const int Absent = -1;

    public static void Extract(ArcHybridState state, ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<FeatureKey> f)
    {
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        int s0l = state.LeftmostChild(s0), s0l2 = state.SecondLeftmostChild(s0);
        int s0r = state.RightmostChild(s0), s0r2 = state.SecondRightmostChild(s0);
        int s1l = state.LeftmostChild(s1), s1r = state.RightmostChild(s1);
        int b0l = state.LeftmostChild(b0), b0l2 = state.SecondLeftmostChild(b0);

        int s0w = W(words, s0), s0p = P(tags, s0), s1w = W(words, s1), s1p = P(tags, s1);
        int b0w = W(words, b0), b0p = P(tags, b0), b1w = W(words, b1), b1p = P(tags, b1);
        int b2w = W(words, b2), b2p = P(tags, b2), s2w = W(words, s2), s2p = P(tags, s2);
        int s0lp = P(tags, s0l), s0rp = P(tags, s0r), s1lp = P(tags, s1l), s1rp = P(tags, s1r);
        int b0lp = P(tags, b0l), s0l2p = P(tags, s0l2), s0r2p = P(tags, s0r2), b0l2p = P(tags, b0l2);
        int d = s0 >= 0 && b0 >= 0 ? Distance(b0 - s0) : Absent;
        int d1 = s1 >= 0 && s0 >= 0 ? Distance(s0 - s1) : Absent;
        int s0vl = state.LeftValency(s0), s0vr = state.RightValency(s0);
        int b0vl = state.LeftValency(b0), s1vr = state.RightValency(s1);
        int s0sl = Fold(state.LeftLabelSet(s0)), s0sr = Fold(state.RightLabelSet(s0));
        int b0sl = Fold(state.LeftLabelSet(b0)), s1sr = Fold(state.RightLabelSet(s1));

        int k = 0;
        // single words
        f[k++] = new FeatureKey(1).Add(s0w).Add(s0p);
        f[k++] = new FeatureKey(2).Add(s0w);
        f[k++] = new FeatureKey(3).Add(s0p);
        f[k++] = new FeatureKey(4).Add(b0w).Add(b0p);
        f[k++] = new FeatureKey(5).Add(b0w);
        f[k++] = new FeatureKey(6).Add(b0p);
        f[k++] = new FeatureKey(7).Add(b1w).Add(b1p);
        f[k++] = new FeatureKey(8).Add(b1w);
        f[k++] = new FeatureKey(9).Add(b1p);
        f[k++] = new FeatureKey(10).Add(b2w).Add(b2p);
        f[k++] = new FeatureKey(11).Add(b2w);
        f[k++] = new FeatureKey(12).Add(b2p);
        f[k++] = new FeatureKey(13).Add(s1w).Add(s1p);
        f[k++] = new FeatureKey(14).Add(s1w);
        f[k++] = new FeatureKey(15).Add(s1p);
        f[k++] = new FeatureKey(16).Add(s2p);
        f[k++] = new FeatureKey(17).Add(s2w);
        // word pairs
        f[k++] = new FeatureKey(18).Add(s0w).Add(s0p).Add(b0w).Add(b0p);
        f[k++] = new FeatureKey(19).Add(s0w).Add(s0p).Add(b0w);
        f[k++] = new FeatureKey(20).Add(s0w).Add(b0w).Add(b0p);
        f[k++] = new FeatureKey(21).Add(s0w).Add(s0p).Add(b0p);
        f[k++] = new FeatureKey(22).Add(s0p).Add(b0w).Add(b0p);
        f[k++] = new FeatureKey(23).Add(s0w).Add(b0w);
        f[k++] = new FeatureKey(24).Add(s0p).Add(b0p);
        f[k++] = new FeatureKey(25).Add(b0p).Add(b1p);
        f[k++] = new FeatureKey(26).Add(s1w).Add(s1p).Add(s0w).Add(s0p);
        f[k++] = new FeatureKey(27).Add(s1w).Add(s0w);
        f[k++] = new FeatureKey(28).Add(s1p).Add(s0p);
        f[k++] = new FeatureKey(29).Add(s1p).Add(s0w);
        f[k++] = new FeatureKey(30).Add(s1w).Add(s0p);
        // tag triples
        f[k++] = new FeatureKey(31).Add(b0p).Add(b1p).Add(b2p);
        f[k++] = new FeatureKey(32).Add(s0p).Add(b0p).Add(b1p);
        f[k++] = new FeatureKey(33).Add(s1p).Add(s0p).Add(b0p);
        f[k++] = new FeatureKey(34).Add(s0p).Add(s0lp).Add(b0p);
        f[k++] = new FeatureKey(35).Add(s0p).Add(s0rp).Add(b0p);
        f[k++] = new FeatureKey(36).Add(s0p).Add(b0p).Add(b0lp);
        f[k++] = new FeatureKey(37).Add(s1p).Add(s0p).Add(s0lp);
        f[k++] = new FeatureKey(38).Add(s1p).Add(s1rp).Add(s0p);
        f[k++] = new FeatureKey(39).Add(s2p).Add(s1p).Add(s0p);
        f[k++] = new FeatureKey(40).Add(s1p).Add(s1lp).Add(s0p);
        f[k++] = new FeatureKey(41).Add(s1p).Add(s0p).Add(s0rp);
        // distance
        f[k++] = new FeatureKey(42).Add(s0w).Add(d);
        f[k++] = new FeatureKey(43).Add(s0p).Add(d);
        f[k++] = new FeatureKey(44).Add(b0w).Add(d);
        f[k++] = new FeatureKey(45).Add(b0p).Add(d);
        f[k++] = new FeatureKey(46).Add(s0w).Add(b0w).Add(d);
        f[k++] = new FeatureKey(47).Add(s0p).Add(b0p).Add(d);
        f[k++] = new FeatureKey(48).Add(s1p).Add(s0p).Add(d1);
        f[k++] = new FeatureKey(49).Add(s1w).Add(s0w).Add(d1);
        // valency
        f[k++] = new FeatureKey(50).Add(s0w).Add(s0vr);
        f[k++] = new FeatureKey(51).Add(s0p).Add(s0vr);
        f[k++] = new FeatureKey(52).Add(s0w).Add(s0vl);
        f[k++] = new FeatureKey(53).Add(s0p).Add(s0vl);
        f[k++] = new FeatureKey(54).Add(b0w).Add(b0vl);
        f[k++] = new FeatureKey(55).Add(b0p).Add(b0vl);
        f[k++] = new FeatureKey(56).Add(s1w).Add(s1vr);
        f[k++] = new FeatureKey(57).Add(s1p).Add(s1vr);
        // children
        f[k++] = new FeatureKey(58).Add(W(words, s0l));
        f[k++] = new FeatureKey(59).Add(s0lp);
        f[k++] = new FeatureKey(60).Add(state.LabelOf(s0l));
        f[k++] = new FeatureKey(61).Add(W(words, s0r));
        f[k++] = new FeatureKey(62).Add(s0rp);
        f[k++] = new FeatureKey(63).Add(state.LabelOf(s0r));
        f[k++] = new FeatureKey(64).Add(W(words, b0l));
        f[k++] = new FeatureKey(65).Add(b0lp);
        f[k++] = new FeatureKey(66).Add(state.LabelOf(b0l));
        f[k++] = new FeatureKey(67).Add(W(words, s1r));
        f[k++] = new FeatureKey(68).Add(s1rp);
        f[k++] = new FeatureKey(69).Add(state.LabelOf(s1r));
        f[k++] = new FeatureKey(70).Add(W(words, s1l));
        f[k++] = new FeatureKey(71).Add(s1lp);
        f[k++] = new FeatureKey(72).Add(state.LabelOf(s1l));
        // second children
        f[k++] = new FeatureKey(73).Add(W(words, s0l2));
        f[k++] = new FeatureKey(74).Add(s0l2p);
        f[k++] = new FeatureKey(75).Add(state.LabelOf(s0l2));
        f[k++] = new FeatureKey(76).Add(W(words, s0r2));
        f[k++] = new FeatureKey(77).Add(s0r2p);
        f[k++] = new FeatureKey(78).Add(state.LabelOf(s0r2));
        f[k++] = new FeatureKey(79).Add(W(words, b0l2));
        f[k++] = new FeatureKey(80).Add(b0l2p);
        f[k++] = new FeatureKey(81).Add(state.LabelOf(b0l2));
        f[k++] = new FeatureKey(82).Add(s0p).Add(s0lp).Add(s0l2p);
        f[k++] = new FeatureKey(83).Add(s0p).Add(s0rp).Add(s0r2p);
        f[k++] = new FeatureKey(84).Add(b0p).Add(b0lp).Add(b0l2p);
        // label sets
        f[k++] = new FeatureKey(85).Add(s0w).Add(s0sr);
        f[k++] = new FeatureKey(86).Add(s0p).Add(s0sr);
        f[k++] = new FeatureKey(87).Add(s0w).Add(s0sl);
        f[k++] = new FeatureKey(88).Add(s0p).Add(s0sl);
        f[k++] = new FeatureKey(89).Add(b0w).Add(b0sl);
        f[k++] = new FeatureKey(90).Add(b0p).Add(b0sl);
        f[k++] = new FeatureKey(91).Add(s1w).Add(s1sr);
        f[k++] = new FeatureKey(92).Add(s1p).Add(s1sr);
        // affixes, for words the treebank never showed
        f[k++] = new FeatureKey(93).Add(S3(words, s0)).Add(s0p);
        f[k++] = new FeatureKey(94).Add(S3(words, b0)).Add(b0p);
        f[k++] = new FeatureKey(95).Add(S3(words, s1)).Add(s1p);
        // word classes in place of words (Koo et al. 2008): attachment preferences of rare words
        int s0c = C(words, s0), b0c = C(words, b0), b1c = C(words, b1), s1c = C(words, s1);
        f[k++] = new FeatureKey(96).Add(s0c);
        f[k++] = new FeatureKey(97).Add(b0c);
        f[k++] = new FeatureKey(98).Add(b1c).Add(b1p);
        f[k++] = new FeatureKey(99).Add(s1c);
        f[k++] = new FeatureKey(100).Add(s0c).Add(b0c);
        f[k++] = new FeatureKey(101).Add(s0c).Add(b0p);
        f[k++] = new FeatureKey(102).Add(s0p).Add(b0c);
        f[k++] = new FeatureKey(103).Add(s1c).Add(s0c);
        f[k++] = new FeatureKey(104).Add(s1c).Add(s0p);
        f[k++] = new FeatureKey(105).Add(s1p).Add(s0c);
        f[k++] = new FeatureKey(106).Add(CC(words, s0)).Add(CC(words, b0)).Add(d);
        f[k++] = new FeatureKey(107).Add(s1c).Add(b0c);
    }

    private static int W(ReadOnlySpan<WordInfo> words, int i) => i < 0 ? Absent : words[i].Lower;
    private static int S3(ReadOnlySpan<WordInfo> words, int i) => i < 0 ? Absent : words[i].Suffix3;
    private static int C(ReadOnlySpan<WordInfo> words, int i) => i < 0 ? Absent : words[i].Cluster;
    private static int CC(ReadOnlySpan<WordInfo> words, int i) => i < 0 ? Absent : words[i].CoarseCluster;
    private static int P(ReadOnlySpan<int> tags, int i) => i < 0 ? Absent : tags[i];

    private static int Fold(ulong set) => (int)(set ^ (set >> 32));

    private static int Distance(int d) => d switch { <= 4 => d, <= 6 => 5, <= 9 => 6, _ => 7 };
}
