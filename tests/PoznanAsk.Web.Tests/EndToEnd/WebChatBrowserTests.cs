using Microsoft.Playwright;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PoznanAsk.Web.Tests.EndToEnd;

/// <summary>
/// Microsoft's Web Chat (the bundle from npm, served by the host) in headless Chromium asks a Polish question
/// through our Direct Line endpoint and shows the answer with its citations. Saves a screenshot and the page
/// HTML to artifacts/screenshots/.
/// </summary>
public sealed class WebChatBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Question = "Do jakich organizacji krajowych należał Poznań w 2023 r.?";

    [Theory]
    [InlineData("websocket", "/")]
    [InlineData("polling", "/?polling=1")]
    public async Task WebChat_PolishQuestion_ShowsTheAnswerWithCitations(string mode, string path)
    {
        await using var app = await TestApp.StartAsync(kestrel: true);
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 900, Height = 900 }, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        var shots = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        try
        {
            await page.GotoAsync(app.Url + path);
            var feed = page.GetByRole(AriaRole.Feed);
            await Expect(feed).ToContainTextAsync("Jestem PoznanAsk", new() { Timeout = 30_000 });

            var input = page.Locator("[data-id='webchat-sendbox-input']");
            await input.FillAsync(Question);
            await input.PressAsync("Enter");

            await Expect(feed).ToContainTextAsync("Unia Metropolii Polskich", new() { Timeout = 30_000 });
            var activities = page.Locator("article.webchat__basic-transcript__activity");
            await Expect(activities).ToHaveCountAsync(3);
            await Expect(page.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(1);
            await Expect(page.Locator(".webchat__bubble--from-user")).ToContainTextAsync(Question);
            await Expect(input).ToHaveValueAsync(string.Empty);

            var answer = activities.Nth(2);
            await Expect(answer.Locator(".webchat__render-markdown")).ToContainTextAsync("Związek Miast Polskich");
            var markers = answer.Locator("button.webchat__render-markdown__citation");
            await Expect(markers).ToHaveCountAsync(2);
            await Expect(markers.Nth(0)).ToHaveAttributeAsync("value", "cite:1");
            await Expect(markers.Nth(1)).ToHaveAttributeAsync("aria-label", "2 Raport o stanie miasta 2023 – Unia Metropolii Polskich");
            var sources = answer.Locator(".webchat__link-definitions__list-item");
            await Expect(sources).ToHaveCountAsync(2);
            await Expect(sources.Nth(0)).ToContainTextAsync("Raport o stanie miasta 2023 – Organizacje krajowe");
            await Expect(answer.Locator("a:has-text('m.in')")).ToHaveCountAsync(0);

            // Opening a citation shows the quoted passage (the claim's Adaptive Card).
            await markers.Nth(1).ClickAsync();
            await Expect(page.Locator("dialog.webchat__citation-modal-dialog")).ToContainTextAsync("przygotowano dwa poradniki", new() { Timeout = 10_000 });
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"webchat-{mode}-citation.png") });
            await page.Keyboard.PressAsync("Escape");
            Assert.DoesNotContain("[1]:", await answer.Locator(".webchat__render-markdown").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(errors);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"webchat-{mode}.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(shots, $"webchat-{mode}.html"), await page.ContentAsync());
            await context.CloseAsync();
        }
    }
}
