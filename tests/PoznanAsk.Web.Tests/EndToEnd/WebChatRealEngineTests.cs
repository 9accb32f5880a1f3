using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Service;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PoznanAsk.Web.Tests.EndToEnd;

/// <summary>
/// The whole product in a browser: Microsoft's Web Chat → our Direct Line → the real engine over the seed
/// reports (index built in a temporary folder) → the answer with its citations rendered by Web Chat.
/// Saves artifacts/screenshots/webchat-real-engine.png.
/// </summary>
public sealed class WebChatRealEngineTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Question = "Do jakich organizacji krajowych należał Poznań w 2023 r.?";
    private readonly string _index = Path.Combine(Path.GetTempPath(), "poznanask-web-e2e-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task WebChat_QuestionAboutSeeds_ShowsRealAnswerWithCitations()
    {
        using var engine = PoznanAskEngine.Open(new EngineOptions
        {
            ReportsPath = TestPaths.Seeds,
            IndexPath = _index,
            ResourcesPath = TestPaths.Resources,
        });
        await using var app = await TestApp.StartAsync(kestrel: true, services: services =>
        {
            services.AddSingleton<ITurnHandler>(engine.TurnHandler);
            services.AddSingleton<IReportService>(engine.Reports);
        });
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 900, Height = 1400 }, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        var shots = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        try
        {
            await page.GotoAsync(app.Url + "/");
            var feed = page.GetByRole(AriaRole.Feed);
            await Expect(feed).ToContainTextAsync("Dzień dobry", new() { Timeout = 30_000 });

            var input = page.Locator("[data-id='webchat-sendbox-input']");
            await input.FillAsync(Question);
            await input.PressAsync("Enter");

            // The 2023 report's own words: its intro sentence, and the first and last of its 16 items.
            await Expect(feed).ToContainTextAsync("16 krajowych organizacji", new() { Timeout = 30_000 });
            var answer = page.Locator("article.webchat__basic-transcript__activity").Last;
            var text = answer.Locator(".webchat__render-markdown");
            await Expect(text).ToContainTextAsync("Związek Miast Polskich");
            await Expect(text).ToContainTextAsync("Związek Stowarzyszeń Wielkopolski Bank Żywności");
            await Expect(text).Not.ToContainTextAsync("EUROCITIES");
            // The list is cited once (intro and items are one passage): one marker, one source row naming the
            // report year, never the file; the marker opens the whole list, quoted, and the report it stands in.
            var markers = answer.Locator("button.webchat__render-markdown__citation");
            await Expect(markers).ToHaveCountAsync(1);
            var sources = answer.Locator(".webchat__link-definitions__list-item");
            await Expect(sources).ToHaveCountAsync(1);
            await Expect(sources.Nth(0)).ToContainTextAsync("Raport o stanie miasta 2023");
            await Expect(sources.Nth(0)).Not.ToContainTextAsync(".txt");
            await markers.Nth(0).ClickAsync();
            var dialog = page.Locator("dialog.webchat__citation-modal-dialog");
            await Expect(dialog).ToContainTextAsync("Związek Miast Polskich", new() { Timeout = 10_000 });
            await Expect(dialog).ToContainTextAsync("Związek Stowarzyszeń Wielkopolski Bank Żywności");
            await Expect(dialog).ToContainTextAsync("badam.poznan.pl/2023");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "webchat-real-engine-citation.png") });
            await page.Keyboard.PressAsync("Escape");
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "webchat-real-engine.png"), FullPage = true });
            await context.CloseAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }
}
