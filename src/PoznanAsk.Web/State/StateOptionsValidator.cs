using Microsoft.Extensions.Options;
using PoznanAsk.Web.Options;
using StackExchange.Redis;

namespace PoznanAsk.Web.State;

/// <summary>
/// Cross-field checks of <see cref="StateOptions"/> at start: with Redis, a connection string that parses and a
/// Direct Line signing key from configuration (every replica must verify the tokens any other one signed, so a
/// key generated per data folder would log users out whenever the proxy picks another replica).
/// </summary>
internal sealed class StateOptionsValidator(IOptions<WebOptions> web) : IValidateOptions<StateOptions>
{
    /// <summary>The shortest accepted signing key, in bytes (HS256 wants at least its block's half).</summary>
    public const int MinSigningKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, StateOptions options)
    {
        var errors = new List<string>();
        var key = web.Value.DirectLineSigningKey;
        if (!string.IsNullOrEmpty(key) && SigningKeyError(key) is { } keyError)
        {
            errors.Add(keyError);
        }

        if (options.Kind == StateKind.Redis)
        {
            if (string.IsNullOrWhiteSpace(options.Redis.Configuration))
            {
                errors.Add("State:Redis:Configuration is required when State:Kind is Redis (e.g. \"127.0.0.1:6379\").");
            }
            else
            {
                try
                {
                    var parsed = ConfigurationOptions.Parse(options.Redis.Configuration);
                    if (parsed.EndPoints.Count == 0)
                    {
                        errors.Add("State:Redis:Configuration names no Redis endpoint (host:port).");
                    }
                }
                catch (ArgumentException ex)
                {
                    errors.Add("State:Redis:Configuration is not a Redis configuration string: " + ex.Message);
                }
            }

            if (string.IsNullOrEmpty(key))
            {
                errors.Add("Web:DirectLineSigningKey is required when State:Kind is Redis: every replica must sign and verify Direct Line tokens with one key (base64 of at least 32 random bytes, e.g. `openssl rand -base64 32`).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? SigningKeyError(string key)
    {
        var bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, bytes, out var length))
        {
            return "Web:DirectLineSigningKey is not base64.";
        }

        return length < MinSigningKeyBytes ? $"Web:DirectLineSigningKey decodes to {length} bytes; at least {MinSigningKeyBytes} are needed." : null;
    }
}
