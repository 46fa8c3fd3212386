namespace Chronicle.Parsing;

/// <summary>The three arc-hybrid transitions (Kuhlmann et al. 2011).</summary>
public enum Transition : byte
{
    /// <summary>Move the first buffer word onto the stack.</summary>
    Shift = 0,
    /// <summary>Attach the stack top to the first buffer word, pop it.</summary>
    Left = 1,
    /// <summary>Attach the stack top to the word below it, pop it.</summary>
    Right = 2,
}

/// <summary>
/// An arc-hybrid configuration with the artificial root at the END of the buffer (Ballesteros and
/// Nivre 2013): the root can take its one dependent only when that word is alone on the stack, so
/// every complete parse is a tree with exactly one root, without post-processing. Arrays are sized
/// for the longest sentence seen and reused, so parsing allocates nothing per sentence.
/// Word <c>n</c> (the sentence length) is the root; heads are word indexes, <c>n</c> for the root.
/// </summary>
public sealed class ArcHybridState
{
    private int[] _stack = new int[64];
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private int[] _left1 = new int[64], _left2 = new int[64], _right1 = new int[64], _right2 = new int[64];
    private int[] _leftCount = new int[64], _rightCount = new int[64];
    private ulong[] _leftLabels = new ulong[64], _rightLabels = new ulong[64];

    public int Length { get; private set; }
    public int StackCount { get; private set; }
    /// <summary>First word of the buffer; equals <see cref="Length"/> (the root) once all words were shifted.</summary>
    public int BufferFront { get; private set; }
    public bool IsTerminal => StackCount == 0 && BufferFront == Length;

    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    public void Reset(int length)
    {
        if (_heads.Length < length + 1) Grow(length + 1);
        Length = length;
        StackCount = 0;
        BufferFront = 0;
        for (int i = 0; i <= length; i++)
        {
            _heads[i] = -1; _labels[i] = -1;
            _left1[i] = _left2[i] = _right1[i] = _right2[i] = -1;
            _leftCount[i] = _rightCount[i] = 0;
            _leftLabels[i] = _rightLabels[i] = 0;
        }
    }

    private void Grow(int size)
    {
        size = Math.Max(size, _heads.Length * 2);
        _stack = new int[size]; _heads = new int[size]; _labels = new int[size];
        _left1 = new int[size]; _left2 = new int[size]; _right1 = new int[size]; _right2 = new int[size];
        _leftCount = new int[size]; _rightCount = new int[size];
        _leftLabels = new ulong[size]; _rightLabels = new ulong[size];
    }

    /// <summary>The i-th stack word from the top (0 = top), or -1.</summary>
    public int Stack(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;
    /// <summary>The i-th buffer word (0 = front; the root counts as the last one), or -1.</summary>
    public int Buffer(int i) => BufferFront + i <= Length ? BufferFront + i : -1;

    public int LeftmostChild(int word) => word < 0 ? -1 : _left1[word];
    public int SecondLeftmostChild(int word) => word < 0 ? -1 : _left2[word];
    public int RightmostChild(int word) => word < 0 ? -1 : _right1[word];
    public int SecondRightmostChild(int word) => word < 0 ? -1 : _right2[word];
    public int LeftValency(int word) => word < 0 ? -1 : _leftCount[word];
    public int RightValency(int word) => word < 0 ? -1 : _rightCount[word];
    public ulong LeftLabelSet(int word) => word < 0 ? 0 : _leftLabels[word];
    public ulong RightLabelSet(int word) => word < 0 ? 0 : _rightLabels[word];
    public int LabelOf(int word) => word < 0 || word >= Length ? -1 : _labels[word];

    public bool IsLegal(Transition t) => t switch
    {
        Transition.Shift => BufferFront < Length,
        Transition.Left => StackCount > 0 && (BufferFront < Length || StackCount == 1),
        Transition.Right => StackCount > 1,
        _ => false,
    };

    /// <summary>Applies a legal transition; <paramref name="label"/> is the relation of the arc it makes.</summary>
    public void Apply(Transition t, int label)
    {
        switch (t)
        {
            case Transition.Shift:
                _stack[StackCount++] = BufferFront++;
                break;
            case Transition.Left:
                AddArc(BufferFront, _stack[--StackCount], label);
                break;
            case Transition.Right:
                int dependent = _stack[--StackCount];
                AddArc(_stack[StackCount - 1], dependent, label);
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        _heads[dependent] = head;
        _labels[dependent] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        // Arc-hybrid attaches each head's children from the inside out, so the newest child is the outermost.
        if (dependent < head)
        {
            _left2[head] = _left1[head]; _left1[head] = dependent; _leftCount[head]++; _leftLabels[head] |= bit;
        }
        else
        {
            _right2[head] = _right1[head]; _right1[head] = dependent; _rightCount[head]++; _rightLabels[head] |= bit;
        }
    }

    /// <summary>
    /// Dynamic-oracle cost (Goldberg and Nivre 2013): how many gold arcs become unreachable by taking
    /// <paramref name="t"/>. Gold heads use <see cref="Length"/> for the root. Exact for projective gold trees.
    /// </summary>
    public int Cost(Transition t, ReadOnlySpan<int> gold)
    {
        int cost = 0;
        int n = Length;
        switch (t)
        {
            case Transition.Shift:
            {
                int b = BufferFront;
                for (int i = 0; i < StackCount; i++)
                {
                    int k = _stack[i];
                    if (gold[k] == b) cost++;                              // b's stack dependents are lost
                    if (gold[b] == k && i != StackCount - 1) cost++;       // b can only still attach to s0
                }
                return cost;
            }
            case Transition.Left:
            {
                int s = _stack[StackCount - 1];
                int b = BufferFront;
                int h = gold[s];
                if (h != b && ((StackCount > 1 && h == _stack[StackCount - 2]) || h > b)) cost++;
                for (int k = b; k < n; k++) if (gold[k] == s) cost++;
                return cost;
            }
            case Transition.Right:
            {
                int s = _stack[StackCount - 1];
                int h = gold[s];
                if (h != _stack[StackCount - 2] && h >= BufferFront) cost++;
                for (int k = BufferFront; k < n; k++) if (gold[k] == s) cost++;
                return cost;
            }
        }
        return cost;
    }
}
