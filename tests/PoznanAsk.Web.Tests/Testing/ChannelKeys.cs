using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>
/// Test signing keys of the fake Bot Framework channel (bot-protocol §4.5) and tokens made with them:
/// <c>k1</c> is published with endorsements, <c>k2</c> is published without, <c>rogue</c> claims kid k1
/// but is another key, <c>unpublished</c> is unknown to the metadata.
/// </summary>
internal sealed class ChannelKeys
{
    public const string Issuer = "https://api.botframework.com";
    public static readonly string[] Endorsements = ["msteams", "webchat", "directline", "test"];

    private ChannelKeys()
    {
    }

    /// <summary>One set per test run: RSA key generation is slow.</summary>
    public static ChannelKeys Shared { get; } = new();

    public RsaSecurityKey K1 { get; } = NewKey("k1");

    public RsaSecurityKey K2 { get; } = NewKey("k2");

    public RsaSecurityKey Rogue { get; } = NewKey("k1");

    public RsaSecurityKey Unpublished { get; } = NewKey("k9");

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public string Token(
        string audience,
        string? serviceUrl,
        string issuer = Issuer,
        TimeSpan? expiresIn = null,
        RsaSecurityKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = expires.AddHours(-2),
            IssuedAt = expires.AddHours(-2),
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? K1, algorithm),
        });
    }

    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"{{Issuer}}","aud":"{{audience}}","serviceurl":"{{serviceUrl}}","exp":{{exp}},"nbf":{{exp - 7200}}}""");
        return header + "." + payload + ".";
    }

    public static string Hs256Token(string audience, string serviceUrl)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256")) { KeyId = "k1" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var p = key.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
