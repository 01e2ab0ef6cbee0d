using GraphQL.Types;

namespace SalesGraph.Api.Funnel;

public sealed class PeriodInputType : InputObjectGraphType
{
    public PeriodInputType()
    {
        Name = "PeriodInput";
        Description = "A half-open range of time [from, to), in UTC.";
        Field<NonNullGraphType<DateTimeGraphType>>("from").Description("First instant included.");
        Field<NonNullGraphType<DateTimeGraphType>>("to").Description("First instant no longer included; after from.");
    }
}
