using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.Tests.State;

/// <summary>State options checked at start: what Redis needs, and a signing key that every replica can use.</summary>
public sealed class StateOptionsValidatorTests
{
    private static readonly string GoodKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    public static TheoryData<StateKind, string?, string?, string> Invalid => new()
    {
        { StateKind.Redis, null, GoodKey, "State:Redis:Configuration is required when State:Kind is Redis" },
        { StateKind.Redis, "127.0.0.1:6379", null, "Web:DirectLineSigningKey is required when State:Kind is Redis" },
        { StateKind.Redis, "127.0.0.1:6379,hasło=tajne", GoodKey, "State:Redis:Configuration is not a Redis configuration string" },
        { StateKind.Redis, "password=tajne", GoodKey, "State:Redis:Configuration names no Redis endpoint" },
        { StateKind.Sqlite, null, "to-nie-jest-base64!", "Web:DirectLineSigningKey is not base64." },
        { StateKind.Redis, "127.0.0.1:6379", Convert.ToBase64String(new byte[8]), "Web:DirectLineSigningKey decodes to 8 bytes; at least 32 are needed." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_Invalid_NamesTheKey(StateKind kind, string? configuration, string? signingKey, string expected)
    {
        var sut = new StateOptionsValidator(Microsoft.Extensions.Options.Options.Create(new WebOptions { DirectLineSigningKey = signingKey }));

        var result = sut.Validate(null, new StateOptions { Kind = kind, Redis = new RedisStateOptions { Configuration = configuration } });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StateKind.Sqlite, null, null)]
    [InlineData(StateKind.Redis, "127.0.0.1:6379,password=tajne,ssl=true", "key")]
    public void Validate_Valid_Succeeds(StateKind kind, string? configuration, string? signingKey)
    {
        var sut = new StateOptionsValidator(Microsoft.Extensions.Options.Options.Create(new WebOptions { DirectLineSigningKey = signingKey is null ? null : GoodKey }));

        var result = sut.Validate(null, new StateOptions { Kind = kind, Redis = new RedisStateOptions { Configuration = configuration } });

        Assert.True(result.Succeeded, string.Join(" ", result.Failures ?? []));
    }
}
