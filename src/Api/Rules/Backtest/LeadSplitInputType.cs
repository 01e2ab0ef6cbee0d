using GraphQL.Types;

namespace SalesGraph.Api.Rules.Backtest;

public sealed class LeadSplitInputType : InputObjectGraphType
{
    public LeadSplitInputType()
    {
        Name = "LeadSplitInput";
        Description = "Which leads train (fit) and which test (judge). The same leads fall on the same side every run.";
        Field<EnumerationGraphType<LeadSplitMethod>>("method").Description("HASH (default): a stable hash of the external id; TIME: by creation time.");
        Field<FloatGraphType>("testFraction").Description($"HASH: the share held out for testing, strictly between 0 and 1 (default {LeadSplit.DefaultTestFraction}).");
        Field<DateTimeGraphType>("at").Description("TIME: leads created before this train, the others test.");
    }
}
