using FsCheck;
using FsCheck.Fluent;
using MathPlc.Standards.Case;
using MathPlc.Tests;

namespace MathPlc.Standards.Tests.Case;

public class CaseRoundTripProperties
{
    [Fact]
    public void Write_then_strict_read_is_the_identity_and_reports_nothing() =>
        Prop.ForAll(FrameworkGenerators.Framework.ToArbitrary(), framework =>
        {
            var result = CaseFiles.RoundTrip(new CasePackage(framework), CaseReadMode.Strict);
            return result.Value.Framework.Equals(framework) && result.IsClean;
        }).Check(200);

    [Fact]
    public void Write_then_tolerant_read_is_the_identity_too() =>
        Prop.ForAll(FrameworkGenerators.Framework.ToArbitrary(), framework =>
            CaseFiles.RoundTrip(new CasePackage(framework), CaseReadMode.Tolerant).Value.Framework.Equals(framework)).Check(100);
}
