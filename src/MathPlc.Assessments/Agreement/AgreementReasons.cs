using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>The reasons agreement and reliability statistics give when they have no value.</summary>
internal static class AgreementReasons
{
    public static Reason TooFewRaters(string statistic, int raters, int needed = 2) =>
        new Reason("too-few-raters", $"{statistic} needs at least {needed} raters; there are {raters}.")
            .With("raters", raters);

    public static Reason NotTwoRaters(int raters) =>
        new Reason("not-two-raters", $"Cohen's kappa compares exactly two raters; there are {raters}. Use Fleiss' kappa or Krippendorff's alpha.")
            .With("raters", raters);

    public static Reason TooFewSubjects(string statistic, int used, int dropped, int needed = 1) =>
        new Reason("too-few-subjects", $"{statistic} needs at least {needed} subject(s) with the ratings it compares; {used} qualify ({dropped} left out for missing ratings).")
            .With("subjects-used", used).With("subjects-dropped", dropped);

    public static Reason OneCategory(string statistic) =>
        new("one-category", $"{statistic} is undefined: every rating is in the same category, so chance agreement is already perfect (0/0).");

    public static Reason NoVariance(string statistic) =>
        new("no-variance", $"{statistic} is undefined: the ratings do not vary (0/0).");

    public static Reason NoVarianceBetweenSubjects(string statistic) =>
        new("no-variance-between-subjects", $"{statistic} is undefined: the subjects' mean ratings do not differ (0/0).");

    public static Reason NoPairableUnits =>
        new("no-pairable-units", "Krippendorff's alpha is undefined: no subject was rated by two or more raters.");

    public static Reason NegativeRatio(double value) =>
        new Reason("negative-ratio-value",
            "Krippendorff's alpha at the ratio level needs ratings of 0 or more (a ratio scale has a true zero); a negative rating makes the ratio difference meaningless. Use the interval level.")
            .With("value", value);

    public static Reason CategoryUnused(double category) =>
        new Reason("category-unused", "The category-wise kappa is undefined: no rater used this category.").With("category", category);

    public static Reason CategoryAlways(double category) =>
        new Reason("category-always", "The category-wise kappa is undefined: every rating is in this category.").With("category", category);
}
