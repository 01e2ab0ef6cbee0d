using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Engine;

/// <summary>Compiles rule specs into one NRules session factory. Runs on publish (or at start-up), never on a request path.</summary>
public static class RuleSetCompiler
{
    private static readonly System.Reflection.MethodInfo Record = typeof(HitCollector).GetMethod(nameof(HitCollector.Record))!;
    private static readonly System.Reflection.MethodInfo OnMatch = typeof(HitCollector).GetMethod(nameof(HitCollector.OnMatch))!;

    /// <summary>Compiles the enabled rules of <paramref name="kind"/>; refuses the whole set if any rule is invalid.</summary>
    public static CompileResult Compile(RuleSetKind kind, int version, IEnumerable<RuleSpec> rules)
    {
        var errors = new List<RuleError>();
        var enabled = rules.Where(r => r.Enabled).Order(RulePrecedence.Instance).ToList();
        var compiled = new List<CompiledRule>(enabled.Count);
        foreach (var rule in enabled)
        {
            if (rule.Kind != kind)
            {
                errors.Add(new RuleError("ruleSet", null, $"belongs to {rule.Kind}, not {kind}", rule.Name));
                continue;
            }
            var validation = RuleValidator.Validate(rule);
            if (!validation.IsValid)
            {
                errors.AddRange(validation.Errors);
                continue;
            }
            var condition = ConditionParser.Parse(kind, rule.When).Condition!;
            compiled.Add(new CompiledRule(compiled.Count, rule, condition, condition.Lambda.Compile()));
        }
        var duplicateIds = enabled.GroupBy(r => r.Id).Where(g => g.Count() > 1 && g.Key != 0).Select(g => g.Key).ToList();
        errors.AddRange(duplicateIds.Select(id => new RuleError("id", null, $"rule id {id} is used more than once")));
        if (errors.Count > 0)
            return new CompileResult(null, errors);

        var definitions = compiled.Select(Build).ToList();
        var compiler = new RuleCompiler { ExpressionCompiler = new FastExpressionCompilerAdapter() };
        var factory = compiler.Compile(definitions);
        return new CompileResult(new CompiledRuleSet(kind, version, compiled, factory), []);
    }

    private static IRuleDefinition Build(CompiledRule rule)
    {
        var schema = FactSchema.For(rule.Spec.Kind);
        var builder = new RuleBuilder();
        builder.Name($"{rule.Index:D4} {rule.Spec.Name}");
        builder.Priority(rule.Spec.Priority);
        builder.Dependencies().Dependency(typeof(HitCollector), "Hits");

        var lhs = builder.LeftHandSide();
        var patterns = rule.Condition.FactIndexes.ToDictionary(i => i, i => lhs.Pattern(schema.Parameters[i].Type, schema.Parameters[i].Name!));
        foreach (var part in rule.Condition.Parts)
            patterns[part.PatternIndex].Condition(part.Lambda);

        // The match is recorded where it becomes certain (see HitCollector): for a rule on the subject alone, by a last alpha condition
        // after the rule's own ones; for a join, when the activation reaches the agenda. The action records it when a session fires
        // without a bound collector. Points, routes and decisions are settled outside the engine.
        var subject = Expression.Parameter(schema.Subject.Type, schema.Subject.Name);
        var recordMatch = Expression.Lambda(Expression.Call(OnMatch, Expression.Constant(rule.Index), Expression.Property(subject, "Id")), subject);
        if (rule.Condition.FactIndexes.Count == 1)
            patterns[0].Condition(recordMatch);
        else
            builder.Filters().Filter(FilterType.Predicate, recordMatch);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var hits = Expression.Parameter(typeof(HitCollector), "Hits");
        var record = Expression.Call(hits, Record, Expression.Constant(rule.Index), Expression.Property(subject, "Id"));
        builder.RightHandSide().Action(Expression.Lambda(record, context, hits, subject));
        return builder.Build();
    }
}
