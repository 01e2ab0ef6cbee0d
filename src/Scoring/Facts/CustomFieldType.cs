namespace SalesGraph.Scoring.Facts;

/// <summary>The type of a custom field: which rule function reads it (<c>Field</c>, <c>Number</c>, <c>Flag</c>, <c>Date</c>).</summary>
public enum CustomFieldType
{
    Text,
    Number,
    YesNo,
    Date,
}
