using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §3.1: reply URLs keep the serviceUrl's path and percent-encode Teams ids.</summary>
public sealed class ConnectorClientTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "19:abc@thread.tacv2;messageid=123", "1:xyz",
        "https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D123/activities/1%3Axyz")]
    [InlineData("https://smba.trafficmanager.net/emea", "a:1xYz", null, "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1xYz/activities")]
    [InlineData("http://127.0.0.1:3978", "konwersacja ą", "id/1", "http://127.0.0.1:3978/v3/conversations/konwersacja%20%C4%85/activities/id%2F1")]
    public void ActivitiesUrl_TeamsIds_AreEncoded(string serviceUrl, string conversation, string? replyTo, string expected)
    {
        Assert.Equal(expected, ConnectorClient.ActivitiesUrl(serviceUrl, conversation, replyTo).AbsoluteUri);
    }
}
