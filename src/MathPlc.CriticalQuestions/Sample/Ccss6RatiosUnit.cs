using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The sample team's unit: five essential targets from the Common Core grade 6 ratios and proportional relationships
/// cluster (6.RP.A), with the CASE identifiers, codes and statements of the OpenSALT CASE package of the standards,
/// the rigor the sample team tagged and what 2.0, 3.0 and 4.0 look like in its own words.
/// </summary>
/// <remarks>
/// Identifiers, codes and statements: Common Core State Standards for Mathematics (NGA Center and CCSSO, 2010), as
/// published in CASE 1.0 by OpenSALT (<c>tests/data/case/ccss-math-6rp-7rp-opensalt.json</c> in the repository; a test reads that file
/// through Interop and checks these match). The rigor tags and scale descriptors are the sample team's choices.
/// </remarks>
public static class Ccss6RatiosUnit
{
    /// <summary>6.RP.A.1: the concept of a ratio and ratio language.</summary>
    public static EssentialTarget RatioLanguage { get; } = new(new TargetId("b6f61076-aa12-450b-8f9d-b86bc071f85e"), "CCSS.Math.Content.6.RP.A.1",
        "Understand the concept of a ratio and use ratio language to describe a ratio relationship between two quantities.",
        new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, [RigorAspect.ConceptualUnderstanding]),
        new ScaleDescriptors("Names the two quantities in a ratio and writes it as a:b.", "Describes a ratio relationship in words, in both orders, in context.",
            "Explains why two ratio descriptions of one situation say the same thing."));

    /// <summary>6.RP.A.2: the concept of a unit rate and rate language.</summary>
    public static EssentialTarget UnitRateConcept { get; } = new(new TargetId("eceec0fb-e4de-4ef3-a48f-0987b366c9ae"), "CCSS.Math.Content.6.RP.A.2",
        "Understand the concept of a unit rate a/b associated with a ratio a:b with b ≠ 0, and use rate language in the context of a ratio relationship.",
        new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, [RigorAspect.ConceptualUnderstanding]),
        new ScaleDescriptors("Finds a unit rate when the ratio is given with 1 as a quantity.", "Finds and states the unit rate a/b of a ratio a:b with rate language.",
            "Chooses which of the two unit rates answers a question, and says why."));

    /// <summary>6.RP.A.3a: tables of equivalent ratios.</summary>
    public static EssentialTarget EquivalentRatioTables { get; } = new(new TargetId("acc5bce4-435f-47b3-b5aa-2ebb459061b0"), "CCSS.Math.Content.6.RP.A.3a",
        "Make tables of equivalent ratios relating quantities with whole number measurements, find missing values in the tables, and plot the pairs of values on the coordinate plane. Use tables to compare ratios.",
        new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithoutConnections, [RigorAspect.ProceduralSkillAndFluency, RigorAspect.Application]),
        new ScaleDescriptors("Extends a table of equivalent ratios by repeated addition.", "Completes tables, plots the pairs and compares two ratios with tables.",
            "Uses the plotted pairs to argue which of two situations has the greater ratio."));

    /// <summary>6.RP.A.3b: unit rate problems, unit pricing and constant speed.</summary>
    public static EssentialTarget UnitRateProblems { get; } = new(new TargetId("7404f29a-ebc2-45f3-a8c8-921b8772ebc8"), "CCSS.Math.Content.6.RP.A.3b",
        "Solve unit rate problems including those involving unit pricing and constant speed.",
        new RigorTags(DokLevel.SkillsAndConcepts, CognitiveDemand.ProceduresWithConnections, [RigorAspect.Application]),
        new ScaleDescriptors("Finds a price per item or a speed per hour with support.", "Solves unit pricing and constant speed problems.",
            "Compares offers or journeys with several steps and justifies the better one."));

    /// <summary>6.RP.A.3c: percent as a rate per 100.</summary>
    public static EssentialTarget Percent { get; } = new(new TargetId("63d859f8-45f6-47e3-9d65-189a3214f677"), "CCSS.Math.Content.6.RP.A.3c",
        "Find a percent of a quantity as a rate per 100 (e.g., 30% of a quantity means 30/100 times the quantity); solve problems involving finding the whole, given a part and the percent.",
        new RigorTags(DokLevel.StrategicThinking, CognitiveDemand.DoingMathematics, [RigorAspect.ProceduralSkillAndFluency, RigorAspect.Application]),
        new ScaleDescriptors("Finds 10 %, 50 % and 100 % of a quantity.", "Finds any percent of a quantity and the whole from a part and the percent.",
            "Solves multi-step percent problems and explains the strategy with a diagram."));

    /// <summary>The five targets, prerequisites first (6.RP.A.1 precedes 6.RP.A.2 in the CASE package).</summary>
    public static ImmutableArray<EssentialTarget> Targets { get; } = [RatioLanguage, UnitRateConcept, EquivalentRatioTables, UnitRateProblems, Percent];

    /// <summary>The unit plan: eighteen teaching days, one assessment day, three flex days.</summary>
    public static UnitPlan Plan { get; } = new("Unit 2: Ratios and rates", 18, Targets, assessmentDays: 1, flexDays: 3);
}
