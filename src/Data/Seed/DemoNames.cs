namespace SalesGraph.Data.Seed;

/// <summary>Made-up people and words for the generated part of the demo data.</summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Sophie", "Daan", "Mila", "Sem", "Julia", "Finn", "Tess",
        "Levi", "Sara", "Milan", "Anna", "Jesse", "Eva", "Bram", "Lotte", "Thijs", "Fleur", "Ruben", "Isa", "Lars",
        "Nina", "Max", "Zoe", "Tom", "Laura", "David", "Maria", "James", "Linda", "Robert", "Patricia", "Michael",
        "Jennifer", "William", "Elizabeth", "Richard", "Susan", "Joseph", "Karen", "Thomas", "Nancy", "Daniel",
        "Priya", "Arjun", "Aisha", "Kenji", "Yuki", "Chen", "Mei", "Omar", "Fatima", "Lena", "Jonas", "Clara",
    ];

    public static readonly string[] LastNames =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Smith", "Johnson", "Williams", "Brown", "Jones",
        "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson",
        "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King",
        "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Sharma", "Patel", "Tanaka", "Sato", "Wang",
        "Schmidt", "Muller", "Rossi", "Dubois", "Novak", "Kowalski", "Hansen",
    ];

    public static readonly string[] FreeMailDomains = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"];

    public static readonly string[] UnknownCompanies =
    [
        "Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Logistics", "Tailspin Toys", "Wingtip Outfitters",
        "Litware Systems", "Adventure Works Cycles", "Proseware Analytics", "Lucerne Publishing", "Woodgrove Finance",
        "Coho Winery", "Alpine Ski House", "Blue Yonder Airlines", "Margie's Travel", "Trey Research",
        "Humongous Insurance", "Relecloud Networks", "Southridge Video", "Graphic Design Institute", "Wide World Importers",
    ];

    public static readonly string[] Campaigns =
    [
        "GTX Launch 2026", "Autumn Webinar Series", "Hardware Refresh Q3", "Partner Referral Program", "Trade Show Utrecht",
        "Whitepaper: TCO of Edge Hardware",
    ];

    public static readonly string[] BuyingMotives = ["cost reduction", "performance", "reliability", "service", "scalability", "sustainability"];

    public static string JobTitle(Accounts.BuyingRole role, Random random) => role switch
    {
        Accounts.BuyingRole.Decider => Pick(random, "Chief Executive Officer", "Managing Director", "VP Operations", "Chief Financial Officer"),
        Accounts.BuyingRole.Buyer => Pick(random, "Procurement Manager", "Purchasing Officer", "Category Buyer"),
        Accounts.BuyingRole.Influencer => Pick(random, "IT Architect", "Head of Engineering", "External Consultant"),
        Accounts.BuyingRole.User => Pick(random, "Systems Engineer", "Operations Analyst", "Team Lead Support"),
        Accounts.BuyingRole.Gatekeeper => Pick(random, "Executive Assistant", "Office Manager", "Legal Counsel"),
        _ => Pick(random, "IT Manager", "Facility Manager", "Product Owner"),
    };

    public static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
