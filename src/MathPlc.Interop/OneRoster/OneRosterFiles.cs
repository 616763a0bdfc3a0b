namespace MathPlc.Interop.OneRoster;

/// <summary>The names of the OneRoster CSV files MathPlc reads and writes (<c>reference/interop.md</c> §2.1).</summary>
internal static class OneRosterFiles
{
    public const string Manifest = "manifest.csv";
    public const string Users = "users.csv";
    public const string Classes = "classes.csv";
    public const string Enrollments = "enrollments.csv";
    public const string Demographics = "demographics.csv";
    public const string LineItems = "lineItems.csv";
    public const string Results = "results.csv";
    public const string LineItemObjectives = "lineItemLearningObjectiveIds.csv";
    public const string ResultObjectives = "resultLearningObjectiveIds.csv";

    /// <summary>The files a folder must have.</summary>
    public static ImmutableArray<string> Required { get; } = [Manifest, Users, Classes, Enrollments];

    /// <summary>Every file MathPlc reads.</summary>
    public static ImmutableArray<string> Read { get; } =
        [Manifest, Users, Classes, Enrollments, Demographics, LineItems, Results, LineItemObjectives, ResultObjectives];

    /// <summary>The 21 data files of the OneRoster 1.2 CSV binding, as the manifest lists them.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        "academicSessions", "categories", "classes", "classResources", "courseResources", "courses", "demographics", "enrollments",
        "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds",
        "results", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users",
    ];
}
