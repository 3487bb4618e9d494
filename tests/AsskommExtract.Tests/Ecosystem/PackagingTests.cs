using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using AsskommExtract.Tests.Robustness;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Ecosystem;

/// <summary>A test that packs and installs the tool (minutes of CPU): runs when ASSKOMM_PACK_TEST=1, else skipped by name.</summary>
public sealed class PackFactAttribute : FactAttribute
{
    public PackFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ASSKOMM_PACK_TEST") != "1") Skip = "packs and installs the tool: set ASSKOMM_PACK_TEST=1 to run";
    }
}

/// <summary>What a new user meets first: the package's name and metadata, the licence, the contract and the README's first screen.</summary>
public sealed class PackagingTests
{
    private static string RepoFile(string relative) => Path.Combine(Repo.Root, relative);

    private static string Property(string name) =>
        XDocument.Load(RepoFile("src/AsskommExtract.Cli/AsskommExtract.Cli.csproj")).Descendants(name).Single().Value;

    [Fact]
    public void Package_is_named_as_the_command_with_its_licence_and_no_invented_home()
    {
        Assert.Equal("asskomm-extract", Property("PackageId"));
        Assert.Equal("asskomm-extract", Property("ToolCommandName"));
        Assert.Equal("MIT", Property("PackageLicenseExpression"));
        Assert.Empty(XDocument.Load(RepoFile("src/AsskommExtract.Cli/AsskommExtract.Cli.csproj")).Descendants("RepositoryUrl"));
        Assert.Contains("MIT License", File.ReadAllText(RepoFile("LICENSE")));
    }

    [Fact]
    public void Package_is_one_per_platform_so_none_carries_every_platform_s_natives() =>
        Assert.Contains("linux-x64", Property("ToolPackageRuntimeIdentifiers").Split(';'));

    [Fact]
    public void The_contract_ships_in_docs_and_the_readme_links_it_there()
    {
        var spec = File.ReadAllText(RepoFile("docs/SPEC.md"));
        var shared = Path.Combine(Repo.Root, "..", "shared", "SPEC.md");
        if (File.Exists(shared)) Assert.Equal(File.ReadAllText(shared), spec);
        var readme = File.ReadAllText(RepoFile("README.md"));
        Assert.Contains("](docs/SPEC.md)", readme);
        Assert.DoesNotContain("../shared/", readme);
    }

    [Fact]
    public void Readme_first_screen_says_how_to_install_and_run()
    {
        var firstScreen = string.Join('\n', File.ReadLines(RepoFile("README.md")).Take(30));
        Assert.Contains("dotnet tool install --global asskomm-extract --add-source", firstScreen);
        Assert.Contains("asskomm-extract extract samples/", firstScreen);
        Assert.Contains("--locale de", firstScreen);
    }

    [PackFact]
    public void Tool_packs_under_40_MB_installs_and_runs()
    {
        using var dir = new TempDir();
        var rid = RuntimeInformation.RuntimeIdentifier;
        Run(Repo.Root, "dotnet", "pack", "src/AsskommExtract.Cli", "-c", "Release", "-o", Path.Combine(dir.Path, "artifacts"),
            $"-p:ToolPackageRuntimeIdentifiers={rid}");
        var package = new FileInfo(Path.Combine(dir.Path, "artifacts", $"asskomm-extract.{rid}.0.1.0.nupkg"));
        Assert.InRange(package.Length, 1, 40L << 20);
        Run(dir.Path, "dotnet", "tool", "install", "asskomm-extract", "--add-source", "artifacts", "--tool-path", "tools");
        var output = Run(dir.Path, Path.Combine(dir.Path, "tools", "asskomm-extract"), "extract", Repo.Samples, "-f", "csv", "-q");
        Assert.Equal(6, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header and five releases
    }

    private static string Run(string directory, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(15)), $"{file} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: exit {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
