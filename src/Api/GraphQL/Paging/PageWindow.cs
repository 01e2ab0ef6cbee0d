using GraphQL;

namespace SalesGraph.Api.GraphQL.Paging;

/// <summary>The index range <c>[Start, End)</c> a connection's <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> select, as HotChocolate's queryable cursor paging computes it.</summary>
public sealed record PageWindow(int Start, int? End, bool NeedsCount)
{
    public static PageWindow From(int? first, int? last, string? after, string? before, GraphQLOptions options)
    {
        Check(first, "first", options);
        Check(last, "last", options);
        var start = after is null ? 0 : Decode(after, "after") + 1;
        int? end = before is null ? null : Decode(before, "before");
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        if (first is { } f)
        {
            end = Math.Min(end ?? int.MaxValue, start + f);
        }

        return new PageWindow(start, end, last is not null && before is null && first is null);
    }

    /// <summary>Applies <c>last</c> once the end is known (from <c>before</c>, <c>first</c> or the total count).</summary>
    public PageWindow WithLast(int? last, int? totalCount)
    {
        if (last is not { } l)
        {
            return this;
        }

        var end = End ?? totalCount ?? 0;
        return this with { Start = Math.Max(Start, end - l), End = end };
    }

    public int Take => Math.Max(0, (End ?? Start) - Start);

    private static void Check(int? size, string argument, GraphQLOptions options)
    {
        if (size < 0)
        {
            throw new ExecutionError($"The argument `{argument}` must be zero or positive.") { Code = "PAGING_NEGATIVE_PAGE_SIZE" };
        }

        if (size > options.MaxPageSize)
        {
            throw new ExecutionError($"The argument `{argument}` is {size}; the maximum allowed items per page is {options.MaxPageSize}.")
            {
                Code = "PAGING_MAX_PAGE_SIZE_EXCEEDED",
            };
        }
    }

    private static int Decode(string cursor, string argument) =>
        Cursor.Decode(cursor) is { } index and >= 0
            ? index
            : throw new ExecutionError($"The cursor given in `{argument}` is not valid.") { Code = "PAGING_INVALID_CURSOR" };
}
