#!/usr/bin/env dotnet
#:package Parquet.Net
// Converts an evidence CSV as make_evidence.py writes it (student_id,target_id,assessed_on,score; plain, unquoted) to
// Apache Parquet for `mathplc proficiency --in evidence.parquet` (issue 18, decision 0166): text ids, a DATE column,
// a double score, 1,000,000 rows a row group (the CLI's own results row-group size). Streams the CSV, so 100 million
// rows convert in the memory of one row group. No other columns are written; the converter is for the benchmark files.
// Run: dotnet run -c Release benchmarks/pandas/csv_to_parquet.cs IN.csv OUT.parquet
using System.Globalization;
using Parquet;
using Parquet.Schema;

const int RowGroup = 1_000_000;
var student = new DataField<string>("student_id", nullable: false);
var target = new DataField<string>("target_id", nullable: false);
var date = new DataField<DateOnly>("assessed_on");
var score = new DataField<double>("score");
var schema = new ParquetSchema(student, target, date, score);

using var input = new StreamReader(args[0]);
if (input.ReadLine() != "student_id,target_id,assessed_on,score") throw new InvalidDataException("expected make_evidence.py's header");
await using var output = File.Create(args[1]);
await using var writer = await ParquetWriter.CreateAsync(schema, output);
var students = new string[RowGroup];
var targets = new string[RowGroup];
var dates = new DateOnly[RowGroup];
var scores = new double[RowGroup];
// Ids repeat (5 targets, students many times): one string per distinct id keeps the converter's memory small.
var pool = new Dictionary<string, string>();
string Pooled(string s) => pool.TryGetValue(s, out var p) ? p : pool[s] = s;
int n = 0;
long total = 0;
async Task Flush()
{
    using var group = writer.CreateRowGroup();
    await group.WriteAsync(student, students[..n]);
    await group.WriteAsync(target, targets[..n]);
    await group.WriteAsync(date, (ReadOnlyMemory<DateOnly>)dates.AsMemory(0, n));
    await group.WriteAsync(score, (ReadOnlyMemory<double>)scores.AsMemory(0, n));
    total += n;
    n = 0;
}
for (string? line; (line = input.ReadLine()) is not null;)
{
    var f = line.Split(',');
    students[n] = f[0];
    targets[n] = Pooled(f[1]);
    dates[n] = DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
    scores[n] = double.Parse(f[3], CultureInfo.InvariantCulture);
    if (++n == RowGroup) await Flush();
}
if (n > 0) await Flush();
Console.WriteLine($"{total:N0} rows written to {args[1]}");
