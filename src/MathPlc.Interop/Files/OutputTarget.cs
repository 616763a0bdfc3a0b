using System.Runtime.InteropServices;
using System.Text;

namespace MathPlc.Interop;

/// <summary>
/// Where an output file may go (docs/cli.md, output paths; docs/decisions/0081-output-paths.md): a regular file, new
/// or replaced. A symbolic link is followed to the regular file it points to, which is then replaced (the link stays a
/// link). Everything else is refused before anything is written: a folder, a device, a pipe or a socket where a file is
/// meant; a link to one of those or to nothing; a missing folder; a path under a file.
/// </summary>
/// <remarks>
/// Replacing a file is a rename over its name, and a rename would just as happily put a regular file in place of
/// <c>/dev/null</c> or a named pipe another program reads. So the kind of what is at the path is looked up without
/// following links (lstat, through the .NET runtime's own native shim; where that is not available, the managed
/// checks for folders and links still apply).
/// </remarks>
public static class OutputTarget
{
    private const int MaxLinks = 40;

    /// <summary>The full path of the regular file to create or replace for <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="OutputPathException">The path may not be written; nothing was.</exception>
    public static string Resolve(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (Path.GetFileName(full).Length == 0 || Path.EndsInDirectorySeparator(path))
            throw new OutputPathException(path, "this names a folder; give a file name.");
        for (int links = 0; ; links++)
        {
            switch (FileKinds.Of(full))
            {
                case FileKind.Regular:
                    return full;
                case FileKind.Folder:
                    throw new OutputPathException(path, links == 0 ? "this is a folder; give a file name." : $"this is a symbolic link to the folder {full}; give a file name.");
                case FileKind.Other:
                    throw new OutputPathException(path, (links == 0 ? "this is" : $"this is a symbolic link to {full},") +
                        " a device, a named pipe or a socket, not a regular file; MathPlc writes only regular files and never replaces anything else.");
                case FileKind.SymbolicLink when links < MaxLinks:
                    string target = new FileInfo(full).LinkTarget ?? throw new OutputPathException(path, "this symbolic link cannot be read.");
                    full = Path.GetFullPath(target, Path.GetDirectoryName(full)!);
                    continue;
                case FileKind.SymbolicLink:
                    throw new OutputPathException(path, "this symbolic link leads through too many links (a loop?).");
                default:
                    if (links > 0) throw new OutputPathException(path, $"this is a symbolic link to {full}, which does not exist; MathPlc follows a link only to a regular file.");
                    CheckFolder(path, Path.GetDirectoryName(full)!);
                    return full;
            }
        }
    }

    /// <summary>Why <paramref name="path"/> may not be written, in plain words, or null when it may be tried.</summary>
    public static string? ProblemWith(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "no file name was given.";
        try
        {
            Resolve(path);
            return null;
        }
        catch (OutputPathException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Checks the place a new output folder would be created in: it may be missing (it is created, with its parents), but
    /// no step of it may be a file.
    /// </summary>
    /// <exception cref="OutputPathException">A step is a file.</exception>
    internal static void CheckFolderParent(string path, string? parent)
    {
        for (string? step = parent; step is not null; step = Path.GetDirectoryName(step))
        {
            if (Directory.Exists(step)) return;
            if (File.Exists(step)) throw new OutputPathException(path, $"{step} is a file, so no folder can be made under it.");
        }
    }

    /// <summary>Checks that <paramref name="folder"/> is an existing folder (links followed), naming the first missing or non-folder step.</summary>
    /// <exception cref="OutputPathException">It is not.</exception>
    internal static void CheckFolder(string path, string folder)
    {
        if (Directory.Exists(folder)) return;
        for (string? step = folder; step is not null; step = Path.GetDirectoryName(step))
        {
            if (Directory.Exists(step)) break;
            if (File.Exists(step)) throw new OutputPathException(path, $"{step} is a file, so nothing can be written under it.");
        }
        throw new OutputPathException(path, $"the folder {folder} does not exist; create it first (MathPlc does not create folders for a file).");
    }
}

/// <summary>What is at a path, looked at without following a symbolic link.</summary>
internal enum FileKind
{
    /// <summary>Nothing.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (to anything, or to nothing).</summary>
    SymbolicLink,

    /// <summary>A character or block device, a named pipe, a socket.</summary>
    Other,
}

/// <summary>Looks up <see cref="FileKind"/>s.</summary>
internal static class FileKinds
{
    private static bool _nativeMissing;

    /// <summary>What is at <paramref name="fullPath"/>, without following a link there.</summary>
    public static FileKind Of(string fullPath)
    {
        if (!OperatingSystem.IsWindows() && !_nativeMissing && NativeMode(fullPath) is { } mode)
            return mode == 0 ? FileKind.Missing : (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                0xA000 => FileKind.SymbolicLink,
                _ => FileKind.Other,
            };
        var info = new FileInfo(fullPath);
        if (info.Exists && info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(fullPath)) return new DirectoryInfo(fullPath).LinkTarget is null ? FileKind.Folder : FileKind.SymbolicLink;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The st_mode of lstat, 0 when there is nothing at the path, or null when the native shim cannot be used.</summary>
    private static int? NativeMode(string fullPath)
    {
        byte[] path = Encoding.UTF8.GetBytes(fullPath + "\0");
        byte[] status = new byte[512]; // the runtime's FileStatus: int Flags, int Mode, then more; 512 bytes leaves room to spare
        try
        {
            return NativeMethods.LStat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _nativeMissing = true;
            return null;
        }
    }

    private static class NativeMethods
    {
        // The .NET runtime's own shim over lstat(2), with a layout it defines (not the C library's, which differs by
        // architecture). It ships with every .NET runtime on Unix.
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int LStat(byte[] path, byte[] status);
    }
}
