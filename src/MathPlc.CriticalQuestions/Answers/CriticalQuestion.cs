namespace MathPlc.CriticalQuestions;

/// <summary>The four critical questions of a Professional Learning Community, which a team answers for every unit.</summary>
/// <remarks>
/// DuFour, DuFour, Eaker and Many, <i>Learning by Doing</i> (2nd ed., 2010), p. 119; see
/// <see cref="CriticalQuestionText.Wording"/> for the wording.
/// </remarks>
public enum CriticalQuestion
{
    /// <summary>Question 1: what is it we want our students to learn?</summary>
    WhatToLearn = 1,

    /// <summary>Question 2: how will we know if each student has learned it?</summary>
    HowWillWeKnow = 2,

    /// <summary>Question 3: how will we respond when some students do not learn it?</summary>
    RespondWhenNotLearned = 3,

    /// <summary>Question 4: how can we extend and enrich the learning for students who have demonstrated proficiency?</summary>
    ExtendWhenProficient = 4,
}

/// <summary>The wording of the four critical questions.</summary>
public static class CriticalQuestionText
{
    /// <summary>The question as <i>Learning by Doing</i> (2nd ed., 2010, p. 119) words it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="question"/> is not one of the four.</exception>
    public static string Wording(this CriticalQuestion question) => question switch
    {
        CriticalQuestion.WhatToLearn => "What is it we want our students to learn?",
        CriticalQuestion.HowWillWeKnow => "How will we know if each student has learned it?",
        CriticalQuestion.RespondWhenNotLearned => "How will we respond when some students do not learn it?",
        CriticalQuestion.ExtendWhenProficient => "How can we extend and enrich the learning for students who have demonstrated proficiency?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, $"{(int)question} is not one of the four critical questions."),
    };
}
