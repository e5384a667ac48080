namespace Realtime.Grains.Paging;

/// <summary>The state of one page: a part of a bigger grain's data, saved on its own.</summary>
public interface IStatePage
{
    bool IsEmpty { get; }
}
