namespace MathPlc.Core;

/// <summary>Why there is no instruction on a day the school would otherwise teach.</summary>
public enum NonInstructionalKind
{
    /// <summary>Any other reason (the default).</summary>
    Other = 0,

    /// <summary>A holiday, such as Thanksgiving or Memorial Day.</summary>
    Holiday = 1,

    /// <summary>A break of several days, such as winter or spring break.</summary>
    Break = 2,

    /// <summary>A state or district testing day without regular instruction.</summary>
    Testing = 3,

    /// <summary>A professional-development or teacher work day.</summary>
    ProfessionalDevelopment = 4,

    /// <summary>A day closed for weather or an emergency.</summary>
    Closure = 5,
}
