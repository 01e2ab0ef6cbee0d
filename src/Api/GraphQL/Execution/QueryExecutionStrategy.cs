using System.Diagnostics.CodeAnalysis;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using SalesGraph.Api.Security.Schema;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace SalesGraph.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's parallel strategy with shortcuts for pages of projected entities, where a thousand nodes repeat the
/// same dozen fields:
/// <list type="bullet">
/// <item>the fields of a selection set are collected, and their read access decided, once per (selection set, object
/// type) in a request, not once per object: fifty accounts share one <see cref="SelectionPlan"/>;</item>
/// <item>a scalar field that only reads a member of an entity the projection already loaded (<see cref="PlainRead"/>)
/// is read and serialized while its parent's child nodes are built, without a resolver context, the field middleware
/// chain or an asynchronous step of its own; a list or object field of that kind is read without a resolver context.
/// Only when the request's principal may read the field (<see cref="FieldAccess"/>, the rules
/// <see cref="FieldAuthorizationMiddleware"/> enforces): a field the principal may not read, or a null in a non-null
/// field, takes the ordinary path, so the middleware or the strategy reports it.</item>
/// </list>
/// Everything else, including errors, null propagation and data loaders, is the parallel strategy's.
/// </summary>
public sealed class QueryExecutionStrategy : ParallelExecutionStrategy
{
    private const string PlansKey = "salesgraph:selectionPlans";

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent.SelectionSet is not { } selectionSet)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var plans = PlansOf(context);
        if (!plans.TryGet(selectionSet, type, out var plan))
        {
            plan = plans.Add(selectionSet, type, Plan(context, plans, selectionSet, type));
        }

        var nodes = new ExecutionNode[plan.Fields.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var field = plan.Fields[i];
            nodes[i] = field.ReadScalar(parent.Result, out var value)
                ? new ReadValueExecutionNode(parent, field.Scalar!, field.Field, field.FieldType, value)
                : BuildExecutionNode(parent, field.FieldType.ResolvedType!, field.Field, field.FieldType);
        }

        parent.SubFields = nodes;
    }

    // Its own method: a lambda in SetSubFieldNodes would allocate its closure on every call, cache hit or not.
    private SelectionPlan Plan(ExecutionContext context, SelectionPlans plans, GraphQLSelectionSet selectionSet, IGraphType type) =>
        new([.. CollectFieldsFrom(context, type, selectionSet, null).Values
            .Select(f => new PlannedField(f.field, f.fieldType, type, plans.MayRead(context, type, f.fieldType)))]);

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node is ReadValueExecutionNode)
        {
            return Task.CompletedTask;
        }

        if (node is ValueExecutionNode
            || node.Parent is ArrayExecutionNode or null
            || node.FieldDefinition.GetMetadata<PlainRead>(PlainRead.MetadataKey) is not { } read
            || node.Source is not { } source
            || node.GetParentType(context.Schema) is not { } parent
            || !PlansOf(context).MayRead(context, parent, node.FieldDefinition))
        {
            return base.ExecuteNodeAsync(context, node);
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            node.Result = read.Read(source);
        }
        catch (Exception)
        {
            return base.ExecuteNodeAsync(context, node); // reads it again and reports the error on this field alone
        }

        return CompleteNodeAsync(context, node);
    }

    // The request's plans live in its user context, which resolvers (BatchLoader) may write concurrently: guarded by the same lock.
    private static SelectionPlans PlansOf(ExecutionContext context)
    {
        lock (context.UserContext)
        {
            if (context.UserContext.TryGetValue(PlansKey, out var known) && known is SelectionPlans plans)
            {
                return plans;
            }

            var created = new SelectionPlans();
            context.UserContext[PlansKey] = created;
            return created;
        }
    }

    /// <summary>A scalar node whose value was read and serialized when its parent's child nodes were built.</summary>
    private sealed class ReadValueExecutionNode : ValueExecutionNode
    {
        public ReadValueExecutionNode(ExecutionNode parent, ScalarGraphType type, GraphQLField field, FieldType fieldType, object? value)
            : base(parent, type, field, fieldType, null)
        {
            Result = value;
        }
    }

    /// <summary>The plans of one request, shared by the tasks that execute it.</summary>
    private sealed class SelectionPlans
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<(GraphQLSelectionSet, IGraphType), SelectionPlan> _plans = [];
        private readonly Dictionary<(IGraphType, FieldType), bool> _readable = [];

        public bool TryGet(GraphQLSelectionSet selectionSet, IGraphType type, [NotNullWhen(true)] out SelectionPlan? plan)
        {
            lock (_gate)
            {
                return _plans.TryGetValue((selectionSet, type), out plan);
            }
        }

        /// <summary>Keeps <paramref name="plan"/>, or the plan another task kept first.</summary>
        public SelectionPlan Add(GraphQLSelectionSet selectionSet, IGraphType type, SelectionPlan plan)
        {
            lock (_gate)
            {
                return _plans.TryAdd((selectionSet, type), plan) ? plan : _plans[(selectionSet, type)];
            }
        }

        public bool MayRead(ExecutionContext context, IGraphType parent, FieldType field)
        {
            lock (_gate)
            {
                if (!_readable.TryGetValue((parent, field), out var readable))
                {
                    _readable[(parent, field)] = readable = FieldAccess.For(context.Schema, parent, field).Denial(context.User) is null;
                }

                return readable;
            }
        }
    }

    /// <summary>The collected fields of one selection set on one object type, each with how it may be read.</summary>
    private sealed record SelectionPlan(PlannedField[] Fields);

    private sealed class PlannedField
    {
        private readonly PlainRead? _read;
        private readonly bool _nonNull;

        public PlannedField(GraphQLField field, FieldType fieldType, IGraphType parent, bool readable)
        {
            Field = field;
            FieldType = fieldType;
            _nonNull = fieldType.ResolvedType is NonNullGraphType;
            var named = _nonNull ? ((NonNullGraphType)fieldType.ResolvedType!).ResolvedType : fieldType.ResolvedType;
            if (named is ScalarGraphType scalar
                && parent is IObjectGraphType
                && fieldType.GetMetadata<PlainRead>(PlainRead.MetadataKey) is { } read
                && readable)
            {
                Scalar = scalar;
                _read = read;
            }
        }

        public GraphQLField Field { get; }

        public FieldType FieldType { get; }

        public ScalarGraphType? Scalar { get; }

        /// <summary>Reads and serializes the value from <paramref name="source"/>, unless it must take the ordinary path.</summary>
        public bool ReadScalar(object? source, out object? value)
        {
            value = null;
            if (_read is null || source is null)
            {
                return false;
            }

            try
            {
                var raw = _read.Read(source);
                value = raw is null ? null : Scalar!.Serialize(raw);
            }
            catch (Exception)
            {
                value = null;
                return false; // the ordinary path reads it again and reports the error on this field alone
            }

            return value is not null || !_nonNull;
        }
    }
}
