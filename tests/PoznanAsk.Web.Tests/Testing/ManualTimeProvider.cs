namespace PoznanAsk.Web.Tests.Testing;

/// <summary>A clock the test moves by hand (token expiry, idle conversations) instead of sleeping.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
