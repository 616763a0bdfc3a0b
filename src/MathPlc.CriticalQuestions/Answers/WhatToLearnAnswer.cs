using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 1, what is it we want our students to learn: the unit's essential targets with their rigor, the rigor
/// of the common assessment's items, and the blueprint's quality findings.
/// </summary>
/// <param name="Targets">The unit's essential targets, in the unit's order (prerequisites first when the team planned so).</param>
/// <param name="TargetRigor">The rigor balance of the targets as the team tagged them (depth of knowledge, cognitive demand, aspects).</param>
/// <param name="AssessmentRigor">The rigor balance of the assessment's items (depth of knowledge and cognitive demand per item).</param>
/// <param name="Blueprint">The blueprint's evaluation: coverage of each target and the findings per criterion, met or a concern.</param>
public sealed record WhatToLearnAnswer(ValueArray<EssentialTarget> Targets, RigorBalance TargetRigor, RigorBalance AssessmentRigor, BlueprintEvaluation Blueprint);
