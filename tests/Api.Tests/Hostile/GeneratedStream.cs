namespace SalesGraph.Api.Tests.Hostile;

/// <summary>A read-only stream of <paramref name="length"/> bytes after <paramref name="prefix"/>, made up as it is read (nothing is allocated up front).</summary>
public sealed class GeneratedStream(byte[] prefix, long length, byte fill = (byte)'a') : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = Length - _position;
        var count = (int)Math.Min(buffer.Length, remaining);
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = at < prefix.Length ? prefix[at] : fill;
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
