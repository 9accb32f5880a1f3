using Microsoft.Playwright;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PoznanAsk.Web.Tests.EndToEnd;

/// <summary>
/// A conversation as a person has it, in Microsoft's Web Chat in headless Chromium against the composed host and
/// the real engine: a question, the follow-up "a w 2023?", then the server restarts (same port, same data folder)
/// and the same open page asks "a w 2019?" — each answer right and cited, the context carried across the restart.
/// Screenshots (desktop and a 390 px phone, with the citation dialog open) go to tests/screenshots/.
/// </summary>
public sealed class WebChatConversationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("poznanask-e2e-conversation-");

    [Theory]
    [InlineData("websocket", "/")]
    [InlineData("polling", "/?polling=1")]
    public async Task WebChat_FollowUpThenServerRestart_SamePageKeepsTheConversation(string mode, string path)
    {
        var reports = Path.Combine(_root.FullName, "reports");
        Directory.CreateDirectory(reports);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds).Concat(Directory.GetFiles(Path.Combine(TestPaths.TestData, "questions", "reports"))))
        {
            File.Copy(file, Path.Combine(reports, Path.GetFileName(file)));
        }

        var settings = new Dictionary<string, string?>
        {
            ["PoznanAsk:ReportsPath"] = reports,
            ["PoznanAsk:IndexPath"] = Path.Combine(_root.FullName, "index"),
            ["PoznanAsk:ResourcesPath"] = TestPaths.Resources,
        };
        var data = Path.Combine(_root.FullName, "data");
        var app = await TestApp.StartAsync(settings, kestrel: true, dataPath: data, keepEngine: true);
        var port = new Uri(app.Url).Port;
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "pl-PL" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.Contains("ERR_CONNECTION_REFUSED", StringComparison.Ordinal) && !m.Text.Contains("Failed to load resource", StringComparison.Ordinal) && !m.Text.Contains("WebSocket", StringComparison.Ordinal))
            {
                errors.Add(m.Text);
            }
        };
        var shots = Path.Combine(TestPaths.RepoRoot, "tests", "screenshots");
        Directory.CreateDirectory(shots);
        try
        {
            await page.GotoAsync(app.Url + path);
            var feed = page.GetByRole(AriaRole.Feed);
            await Expect(feed).ToContainTextAsync("Dzień dobry", new() { Timeout = 30_000 });

            await AskAsync(page, "Do jakich organizacji krajowych należał Poznań w 2017 r.?");
            await ExpectAnswerAsync(page, 1, "15 krajowych organizacji", null);

            await AskAsync(page, "a w 2023?");
            await ExpectAnswerAsync(page, 2, "16 krajowych organizacji", "(pytanie o 2023 r., organizacje krajowe)");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"conversation-{mode}-before-restart.png") });

            // The restart: the host stops, the page stays open; a new host comes up on the same port and data folder,
            // and the page connects again by itself (a new connection generation, online).
            var generation = await page.Locator("#webchat").GetAttributeAsync("data-generation");
            await app.DisposeAsync();
            app = await TestApp.StartAsync(settings, kestrel: true, dataPath: data, keepEngine: true, port: port);
            await Expect(page.Locator($"#webchat[data-connection='online']:not([data-generation='{generation}'])")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

            await AskAsync(page, "a w 2019?");
            await ExpectAnswerAsync(page, 3, "4 krajowych organizacji", "(pytanie o 2019 r., organizacje krajowe)");
            await Expect(page.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(3);
            await Expect(page.GetByText("Ponów próbę")).ToHaveCountAsync(0);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"conversation-{mode}-desktop.png"), FullPage = true });

            // The same conversation on a phone: the answer and its citation dialog fit 390 px.
            await page.SetViewportSizeAsync(390, 844);
            var last = page.Locator("article.webchat__basic-transcript__activity").Last;
            await last.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"conversation-{mode}-phone.png") });
            await last.Locator("button.webchat__render-markdown__citation").First.ClickAsync();
            var dialog = page.Locator("dialog.webchat__citation-modal-dialog");
            await Expect(dialog).ToContainTextAsync("krajowych", new() { Timeout = 10_000 });
            var box = await dialog.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box!.X >= 0 && box.X + box.Width <= 390, $"the citation dialog spans {box.X}..{box.X + box.Width} px of 390");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"conversation-{mode}-phone-citation.png") });
            Assert.Empty(errors);
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"conversation-{mode}-final.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(shots, $"conversation-{mode}.html"), await page.ContentAsync());
            await context.CloseAsync();
            await app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }

    private static async Task AskAsync(IPage page, string question)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(string.Empty);
    }

    // The n-th answer (after the welcome) says what the report says, cites it, and names what it carried over.
    private static async Task ExpectAnswerAsync(IPage page, int n, string reportSays, string? note)
    {
        var answers = page.Locator("article.webchat__basic-transcript__activity:has(.webchat__bubble:not(.webchat__bubble--from-user)) .webchat__render-markdown");
        await Expect(answers).ToHaveCountAsync(n + 1, new() { Timeout = 30_000 });
        var answer = answers.Nth(n);
        await Expect(answer).ToContainTextAsync(reportSays);
        if (note is not null)
        {
            await Expect(answer).ToContainTextAsync(note);
        }

        Assert.True(await answer.Locator("button.webchat__render-markdown__citation").CountAsync() >= 1, "the answer cites the report");
    }
}
