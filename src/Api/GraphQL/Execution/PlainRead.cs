namespace SalesGraph.Api.GraphQL.Execution;

/// <summary>
/// Field metadata: the field's value is a member of its source object, read without services, arguments or I/O, so
/// <see cref="QueryExecutionStrategy"/> may read it without a resolver context.
/// </summary>
public sealed class PlainRead(Func<object, object?> read)
{
    public const string MetadataKey = "salesgraph:plainRead";

    public object? Read(object source) => read(source);
}
