namespace Realtime.Grains.Floor;

/// <summary>
/// The first <c>k</c> items of an ordering, in one pass, without sorting them all: the wallboard shows the top 50 of
/// 50,000 waiting conversations every second.
/// </summary>
public sealed class TopK<T>
{
    private readonly int _k;
    private readonly IComparer<T> _order;
    private readonly PriorityQueue<T, T> _kept;

    /// <param name="order">Sorts the wanted items first (negative when the first argument comes first).</param>
    public TopK(int k, IComparer<T> order)
    {
        _k = k;
        _order = order;
        _kept = new PriorityQueue<T, T>(Comparer<T>.Create((a, b) => order.Compare(b, a)));
    }

    public void Offer(T item)
    {
        if (_kept.Count < _k)
        {
            _kept.Enqueue(item, item);
        }
        else if (_k > 0 && _order.Compare(item, _kept.Peek()) < 0)
        {
            _kept.DequeueEnqueue(item, item);
        }
    }

    /// <summary>The kept items, in order.</summary>
    public List<T> ToList()
    {
        var items = _kept.UnorderedItems.Select(i => i.Element).ToList();
        items.Sort(_order);
        return items;
    }
}
