using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop;
using MathPlc.Tests;

namespace MathPlc.Tests.Files;

// Decision 0250: a temporary file's stream starts the write-out every stretch of bytes; the file's bytes are exactly those written.
public sealed class WritebackStreamProperties
{
    [Fact]
    public void The_file_holds_exactly_the_bytes_written_and_a_writeout_starts_every_stretch() =>
        Prop.ForAll(Gen.Choose(0, 5000).ArrayOf().ToArbitrary(), Gen.Choose(1, 4096).ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (sizes, stretch, way) =>
        {
            using var folder = new TemporaryFolder();
            string path = folder.PathOf("out.bin");
            var expected = new MemoryStream();
            int writebacks;
            using (var stream = new WritebackStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 10), stretch))
            {
                byte next = 0;
                foreach (int size in sizes.Take(40))
                {
                    var chunk = new byte[size];
                    for (int i = 0; i < size; i++) chunk[i] = next++;
                    expected.Write(chunk);
                    if (way == 0) stream.Write(chunk);
                    else if (way == 1) stream.WriteAsync(chunk.AsMemory()).AsTask().GetAwaiter().GetResult();
                    else foreach (byte b in chunk) stream.WriteByte(b);
                }
                writebacks = stream.Writebacks;
            }
            Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
            long total = expected.Length;
            // One write-out each time a write takes the bytes since the last one to the stretch or past it.
            Assert.InRange(writebacks, way == 2 ? total / stretch : 0, total / stretch);
        }).Check(maxTest: 100);

    [Fact]
    public void A_district_sized_file_written_through_the_output_folder_is_whole()
    {
        using var folder = new TemporaryFolder();
        var bytes = new byte[3 * (int)WritebackStream.Stretch + 12345];
        new Random(20261207).NextBytes(bytes);
        OutputFolder.WriteTogether(folder.Path, ["report.json"], files =>
        {
            var stream = files.Open(0);
            for (int at = 0; at < bytes.Length; at += 100_000) stream.Write(bytes.AsSpan(at, Math.Min(100_000, bytes.Length - at)));
        });
        Assert.Equal(bytes, File.ReadAllBytes(folder.PathOf("report.json")));
    }
}
