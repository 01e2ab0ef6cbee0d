using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace SalesGraph.Scoring.Engine;

/// <summary>Plugs FastExpressionCompiler into NRules: compiling a rule set is several times faster than with Expression.Compile.</summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
