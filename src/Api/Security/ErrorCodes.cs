namespace SalesGraph.Api.Security;

/// <summary>The <c>extensions.code</c> values this feature puts on errors.</summary>
public static class ErrorCodes
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string RateLimited = "RATE_LIMITED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BadRequest = "BAD_REQUEST";
    public const string PreflightRequired = "CSRF_PREFLIGHT_REQUIRED";
    public const string MutationOverGet = "MUTATION_NOT_ALLOWED_OVER_GET";
    public const string MaxAliases = "MAX_ALIASES_EXCEEDED";
    public const string MaxRootFields = "MAX_ROOT_FIELDS_EXCEEDED";
    public const string MaxExpandedFields = "MAX_EXPANDED_FIELDS_EXCEEDED";
    public const string InvalidFilterText = "FILTER_TEXT_INVALID";
    public const string FilterListTooLong = "FILTER_LIST_TOO_LONG";
    public const string Internal = "INTERNAL_ERROR";
}
