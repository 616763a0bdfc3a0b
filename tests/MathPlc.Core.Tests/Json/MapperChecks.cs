using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace MathPlc.Tests;

/// <summary>The checks every package's mapper tests share (decision 0093): a round trip through the text, and a read that lists the problems.</summary>
internal static class MapperChecks
{
    /// <summary>Each generated value, written with its contract and read back through the mapper, is equal, with no problem.</summary>
    public static void RoundTrips<TValue, TContract, TMapper>(Gen<TValue> values, int maxTest = 300)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract> =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = JsonSerializer.Serialize(TMapper.ToContract(value), TMapper.Contract);
            var problems = new JsonProblems("value.json");
            var back = TMapper.ToValue(JsonSerializer.Deserialize(json, TMapper.Contract)!, JsonPath.Root, problems);
            Assert.Empty(problems.Found);
            Assert.Equal(value, back);
        }).Check(maxTest);

    /// <summary>Reads <paramref name="json"/> as the contract and maps it, with lines from the text.</summary>
    public static (TValue? Value, JsonProblems Problems) Map<TValue, TContract, TMapper>(string json)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var problems = new JsonProblems("file.json", new JsonLineIndex(utf8));
        return (TMapper.ToValue(JsonSerializer.Deserialize(utf8, TMapper.Contract)!, JsonPath.Root, problems), problems);
    }

    /// <summary>The mapper refuses a null contract, path, collector or value, naming the parameter.</summary>
    public static void Guards<TValue, TContract, TMapper>(TContract contract)
        where TValue : class
        where TContract : class
        where TMapper : IJsonMapper<TValue, TContract>
    {
        Assert.Equal("contract", Assert.Throws<ArgumentNullException>(() => TMapper.ToValue(null!, JsonPath.Root, new JsonProblems("f.json"))).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => TMapper.ToValue(contract, null!, new JsonProblems("f.json"))).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => TMapper.ToValue(contract, JsonPath.Root, null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => TMapper.ToContract(null!)).ParamName);
    }
}
