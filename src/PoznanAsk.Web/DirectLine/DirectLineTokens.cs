using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PoznanAsk.Web.Hosting;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.State;

namespace PoznanAsk.Web.DirectLine;

/// <summary>
/// Short-lived HS256 tokens for the self-hosted Direct Line (bot-protocol §6.4): claim <c>user</c> =
/// <c>dl_…</c> (Web Chat takes its user id from it), <c>conv</c> = the conversation it may use. No
/// long-lived secret ever reaches the browser. The signing key is <c>Web:DirectLineSigningKey</c> or, by
/// default, generated once and kept in the data folder (<c>directline.key</c>, mode 600).
/// </summary>
internal sealed class DirectLineTokens
{
    private const string Issuer = "poznanask-directline";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly SigningCredentials _credentials;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<WebOptions> web, IOptions<LimitsOptions> limits, HostPaths paths, TimeProvider time)
    {
        // A configured key (shared by replicas) wins; otherwise the one kept in the data folder, so tokens
        // handed out before a restart still open their conversations after it.
        var secret = web.Value.DirectLineSigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : DataFolder.SigningKey(paths.DataPath);
        if (secret.Length < 32)
        {
            throw new OptionsValidationException(WebOptions.SectionName, typeof(WebOptions), ["Web:DirectLineSigningKey must decode to at least 32 bytes."]);
        }

        _key = new SymmetricSecurityKey(secret);
        _credentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256);
        _time = time;
        _lifetime = TimeSpan.FromMinutes(limits.Value.DirectLineTokenMinutes);
    }

    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public static string NewConversationId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public string Create(string userId, string conversationId)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            Claims = new Dictionary<string, object> { ["user"] = userId, ["conv"] = conversationId },
            SigningCredentials = _credentials,
        });
    }

    /// <summary>The token's identity, or null when it is missing, forged or expired.</summary>
    public Task<DirectLineToken?> ValidateAsync(string? token) => ValidateAsync(token, TimeSpan.Zero);

    /// <summary>
    /// The identity of a token this host signed, accepted up to <paramref name="expiredFor"/> after it expired: the
    /// page asks for a new token for its conversation with the one it had (after a restart, a sleeping laptop…).
    /// </summary>
    public async Task<DirectLineToken?> ValidateAsync(string? token, TimeSpan expiredFor)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } e && e > _time.GetUtcNow().UtcDateTime.AddSeconds(-30) - expiredFor && (notBefore is not { } n || n <= _time.GetUtcNow().UtcDateTime.AddSeconds(30)),
        });
        return result.IsValid && result.Claims.TryGetValue("user", out var user) && user is string u
            && result.Claims.TryGetValue("conv", out var conv) && conv is string c
            ? new DirectLineToken(u, c)
            : null;
    }
}
