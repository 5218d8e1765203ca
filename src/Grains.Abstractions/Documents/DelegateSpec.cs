namespace CodeMySpec.Documents;

/// <summary>One Delegates bullet: <c>fun/arity: Target.Module.fun/arity</c>.</summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Documents.DelegateSpec")]
public sealed record DelegateSpec(
    [property: Id(0)] string Function,
    [property: Id(1)] string TargetModule,
    [property: Id(2)] string TargetFunction,
    [property: Id(3)] int Line);
