using System.Net.Mail;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Security;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Validates and normalises one submitted lead; every problem is reported with its input path.</summary>
public sealed class LeadValidator(IOptions<IntakeOptions> options)
{
    public const int MaxEmployees = 10_000_000;
    public const decimal MaxAnnualRevenue = 10_000_000_000_000m;

    /// <summary>The normalised lead, or the errors (never both).</summary>
    /// <param name="path">Prefix of the error paths, e.g. <c>leads[3].</c>; empty for a single lead.</param>
    /// <param name="customFieldTypes">The catalogue's types, shared by the leads of one batch: a key it does not know is added with the type
    /// it was first sent with, so the batch's later leads must agree.</param>
    public (NormalizedLead? Lead, IReadOnlyList<IntakeFieldError> Errors) Validate(LeadSubmission input, int index, string path, Dictionary<string, CustomFieldType> customFieldTypes)
    {
        var limits = options.Value;
        var errors = new List<IntakeFieldError>();

        string? Text(string? value, string field, int max)
        {
            var (clean, code, message) = TextRules.Clean(value, max);
            if (code is not null)
            {
                errors.Add(new IntakeFieldError(index, path + field, code, $"{path}{field} {message}"));
            }

            return clean;
        }

        void Fail(string field, string code, string message) => errors.Add(new IntakeFieldError(index, path + field, code, $"{path}{field} {message}"));

        if (!LeadSourceScope.Allows(input.Source))
        {
            // Refused before any read, so a replay of a lead outside the caller's scope reveals nothing of it.
            Fail("source", "SOURCE_NOT_IN_SCOPE", $"{LeadSourceScopes.Name(input.Source)} is not one of the lead sources this key or token may submit "
                + $"({string.Join(", ", LeadSourceScope.Current!.Select(LeadSourceScopes.Name))}).");
        }

        var externalId = Text(input.ExternalId, "externalId", 100);
        if (externalId is null && !errors.Any(e => e.Path == path + "externalId"))
        {
            Fail("externalId", "REQUIRED", "is required: the sending system's id makes a resubmission a replay.");
        }

        var email = Text(input.Email, "email", 254)?.ToLowerInvariant();
        string? emailDomain = null;
        if (email is not null)
        {
            emailDomain = EmailDomain(email);
            if (emailDomain is null)
            {
                Fail("email", "INVALID_EMAIL", $"is not a valid e-mail address.");
            }
        }

        var domainText = Text(input.Domain, "domain", 253);
        var domain = domainText is null ? null : TextRules.HostName(domainText);
        if (domainText is not null && domain is null)
        {
            Fail("domain", "INVALID_DOMAIN", "is not a valid web domain.");
        }

        var isFreeMail = emailDomain is not null && FreeMailDomains.Contains(emailDomain);
        if (domain is not null && FreeMailDomains.Contains(domain))
        {
            // A free-mail domain says nothing about the company; keep it out of matching.
            domain = null;
        }

        domain ??= isFreeMail ? null : emailDomain;

        var countryText = Text(input.Country, "country", 100);
        var country = countryText is null ? null : Countries.ToAlpha2(countryText);
        if (countryText is not null && country is null)
        {
            Fail("country", "UNKNOWN_COUNTRY", "is not an ISO 3166 country code or English country name.");
        }

        if (input.Employees is < 0 or > MaxEmployees)
        {
            Fail("employees", "OUT_OF_RANGE", $"must be between 0 and {MaxEmployees:N0}.");
        }

        if (input.AnnualRevenue is < 0 or > MaxAnnualRevenue)
        {
            Fail("annualRevenue", "OUT_OF_RANGE", $"must be between 0 and {MaxAnnualRevenue:N0}.");
        }

        var company = Text(input.Company, "company", 200);
        var lead = new NormalizedLead
        {
            Source = input.Source,
            ExternalId = externalId ?? "",
            Email = email,
            EmailDomain = emailDomain,
            IsFreeMailDomain = isFreeMail,
            FirstName = Text(input.FirstName, "firstName", 100),
            LastName = Text(input.LastName, "lastName", 100),
            Phone = Phone(Text(input.Phone, "phone", 50)),
            JobTitle = Text(input.JobTitle, "jobTitle", 150),
            Company = company,
            CompanyKey = company is null ? null : CompanyName.Normalize(company) is { Length: > 0 } key ? key : null,
            Domain = domain,
            Country = country,
            Industry = Text(input.Industry, "industry", 100),
            Employees = input.Employees,
            AnnualRevenue = input.AnnualRevenue is { } revenue ? Math.Round(revenue, 2) : null,
            ConsentEmail = input.ConsentEmail ?? false,
            ConsentPhone = input.ConsentPhone ?? false,
            ConsentTracking = input.ConsentTracking ?? false,
            Campaign = Text(input.Campaign, "campaign", 200),
            UtmSource = Text(input.UtmSource, "utmSource", 100),
            UtmMedium = Text(input.UtmMedium, "utmMedium", 100),
            UtmCampaign = Text(input.UtmCampaign, "utmCampaign", 200),
            UtmTerm = Text(input.UtmTerm, "utmTerm", 200),
            UtmContent = Text(input.UtmContent, "utmContent", 200),
            BuyingMotives = Motives(input.BuyingMotives),
            CustomFields = Custom(input.CustomFields, out var usedTypes),
            CustomFieldTypes = usedTypes,
            Converted = input.Converted,
        };

        if (lead.Phone is null && input.Phone is not null && !errors.Any(e => e.Path == path + "phone") && !string.IsNullOrWhiteSpace(input.Phone))
        {
            Fail("phone", "INVALID_PHONE", "is not a phone number: digits, spaces and + ( ) - . / only, with 5 to 20 digits.");
        }

        return errors.Count > 0 ? (null, errors) : (lead, errors);

        string? Motives(List<string>? motives)
        {
            if (motives is null || motives.Count == 0)
            {
                return null;
            }

            if (motives.Count > limits.MaxBuyingMotives)
            {
                Fail("buyingMotives", "TOO_MANY", $"has {motives.Count} entries; at most {limits.MaxBuyingMotives} are allowed.");
                return null;
            }

            var clean = motives.Select((m, i) => Text(m, $"buyingMotives[{i}]", 100)).OfType<string>().ToList();
            if (clean.Any(m => m.Contains('|')))
            {
                Fail("buyingMotives", "INVALID_CHARACTER", "may not contain '|'.");
            }

            var joined = string.Join('|', clean.Distinct(StringComparer.Ordinal));
            if (joined.Length > 500)
            {
                Fail("buyingMotives", "TOO_LONG", "are longer than 500 characters together.");
            }

            return joined.Length == 0 ? null : joined;
        }

        string? Custom(List<CustomField>? fields, out IReadOnlyDictionary<string, CustomFieldType>? used)
        {
            used = null;
            if (fields is null || fields.Count == 0)
            {
                return null;
            }

            if (fields.Count > limits.MaxCustomFields)
            {
                Fail("customFields", "TOO_MANY", $"has {fields.Count} entries; at most {limits.MaxCustomFields} are allowed.");
                return null;
            }

            var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            var types = new Dictionary<string, CustomFieldType>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                var key = Text(fields[i].Key, $"customFields[{i}].key", limits.MaxCustomFieldKeyLength);
                if (key is null)
                {
                    if (!errors.Any(e => e.Path == $"{path}customFields[{i}].key"))
                    {
                        Fail($"customFields[{i}].key", "REQUIRED", "is required.");
                    }

                    continue;
                }

                var text = Text(fields[i].Value, $"customFields.{key}", limits.MaxCustomFieldValueLength);
                var (value, type, error) = CustomFieldConversion.Convert(fields[i], text, customFieldTypes.TryGetValue(key, out var known) ? known : null);
                if (error is not null)
                {
                    Fail($"customFields.{key}", "INVALID_CUSTOM_FIELD", error);
                }
                else if (!values.TryAdd(key, value))
                {
                    Fail($"customFields[{i}].key", "DUPLICATE", $"repeats the key \"{key}\".");
                }
                else
                {
                    types[key] = type;
                    customFieldTypes.TryAdd(key, type);
                }
            }

            var json = JsonSerializer.Serialize(values);
            if (json.Length > 4000)
            {
                Fail("customFields", "TOO_LONG", "take more than 4,000 characters together.");
            }

            used = types;
            return json;
        }
    }

    /// <summary>The lower-case domain of a syntactically valid address, or null.</summary>
    public static string? EmailDomain(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at > 64 || email.Contains(' ') || email.IndexOf('@') != at || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return null;
        }

        var local = email[..at];
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal) || local.Any(c => c > 127 || "()<>[]:;,\\\"".Contains(c)))
        {
            return null;
        }

        return TextRules.HostName(email[(at + 1)..]) is { } host && host == email[(at + 1)..] ? host : null;
    }

    private static string? Phone(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 20 && phone.All(c => char.IsAsciiDigit(c) || " +()-./".Contains(c)) ? phone : null;
    }
}
