using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Register;

/// <summary>The pipeline with the register's step reader, for texts and folders of a test.</summary>
internal static class RegisterSupport
{
    private static readonly ExtractionPipeline Pipeline = PipelineFactory.CreateDefault(register: true);

    public static Release Extract(string text, string source = "test.txt") => Pipeline.Extract(source, new SourceText(text));

    public static MemberRegister Build(params string[] paths) =>
        MemberRegister.Build(Pipeline.Run(InputWalker.Expand(paths, Pipeline.Readers), 1));

    public static Member Member(MemberRegister register, string name) => Assert.Single(register.Members, m => m.Name == name || m.Name.StartsWith(name + "/"));
}
