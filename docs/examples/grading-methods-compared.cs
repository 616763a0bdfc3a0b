#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Grading/MathPlc.Grading.csproj
// A researcher's question: which proficiency calculation method gets closest to what a student really knows at
// the end of a unit? Simulated students whose true proficiency is known (it grows through the unit; each
// assessment sees it through measurement error, on Marzano's 0–4 scale in halves) are scored by several methods
// with the columnar batch API, and each method's error against the truth is reported: RMSE and bias (mean
// signed error). Seeded: the same numbers on every machine. Run: dotnet run docs/examples/grading-methods-compared.cs
using MathPlc.Grading;

const int Seed = 20260901, Students = 4000, Assessments = 6;
const double MeasurementError = 0.5;   // standard deviation of one assessment's error, in scale points
var random = new Random(Seed);

// True proficiency of student s at assessment t: start + growth · t / (Assessments − 1), capped at 4.
// The quantity a report card should state is the truth at the end of the unit, trueFinal[s].
var scores = new double[Students * Assessments];
var starts = new int[Students + 1];
var trueFinal = new double[Students];
for (int s = 0; s < Students; s++)
{
    double start = 0.5 + 2.0 * random.NextDouble(), growth = 1.5 * random.NextDouble();
    starts[s] = s * Assessments;
    for (int t = 0; t < Assessments; t++)
    {
        double truth = Math.Min(4, start + growth * t / (Assessments - 1));
        double observed = Math.Round(2 * (truth + MeasurementError * Normal(random)), MidpointRounding.AwayFromZero) / 2;
        scores[s * Assessments + t] = Math.Clamp(observed, 0, 4);
        if (t == Assessments - 1) trueFinal[s] = truth;
    }
}
starts[Students] = scores.Length;

CalculationMethod[] methods =
[
    new Mean(), new Median(), new Highest(), new Latest(), new RecentMean(3), new DecayingAverage(0.65),
    new WeightedLatest(0.65), new PowerLaw(clampMinimum: 0, clampMaximum: 4), new LinearTrend(0, 4), new BestFit(),
];
var errors = new Dictionary<string, (double Rmse, double Bias)>();
Console.WriteLine($"{Students} simulated students, {Assessments} assessments each, error SD {MeasurementError}; seed {Seed}");
Console.WriteLine($"{"method",-18} {"RMSE",6} {"bias",7}");
var results = new double[Students];
var shortfalls = new Shortfall[Students];
foreach (var method in methods)
{
    ProficiencyBatch.Score(method, scores, starts, results, shortfalls);
    double sumSquares = 0, sum = 0;
    for (int s = 0; s < Students; s++)
    {
        if (shortfalls[s] != Shortfall.None) throw new InvalidOperationException($"{method.Name}: student {s} got no score ({shortfalls[s]}).");
        double error = results[s] - trueFinal[s];
        sumSquares += error * error;
        sum += error;
    }
    var (rmse, bias) = (Math.Sqrt(sumSquares / Students), sum / Students);
    errors[method.Name] = (rmse, bias);
    Console.WriteLine($"{method.Name,-18} {rmse,6:0.000} {bias,7:+0.000;-0.000}");
}

// Self-checks on what the simulation must show (growth through the unit, unbiased noise):
// the mean of all scores lags behind growing students (negative bias); the highest score rides the noise up
// (positive bias); a method that weighs recent evidence beats the plain mean.
Check(errors["mean"].Bias < -0.2, "the mean should understate students who grew");
Check(errors["highest"].Bias > 0.1, "the highest score should overstate proficiency");
Check(errors["decaying-average"].Rmse < errors["mean"].Rmse, "the decaying average should beat the mean when students grow");
Check(errors.Values.All(e => double.IsFinite(e.Rmse) && double.IsFinite(e.Bias)), "every error must be finite");
string best = errors.MinBy(e => e.Value.Rmse).Key;
Console.WriteLine($"closest to the truth here: {best}");

static double Normal(Random random)   // Box–Muller: one standard normal draw from two uniforms
{
    double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
    return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
}

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException($"Self-check failed: {what}.");
}
