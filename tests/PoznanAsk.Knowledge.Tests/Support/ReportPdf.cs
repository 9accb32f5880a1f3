using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>
/// Writes report-like PDFs with PDFsharp (A4, DejaVu Sans from Debian's fonts-dejavu-core, so Polish
/// letters are real text): headings in larger bold type, justified-width paragraphs wrapped by measured
/// width (long words hyphenated at the line end when <see cref="Hyphenate"/>), bullet lists, tables,
/// two-column blocks, a running header and a footer with the page number, an optional outline.
/// Tests and the PDF benchmark build their PDFs with it; no PDF is downloaded.
/// </summary>
public sealed class ReportPdf
{
    private const double Margin = 56;
    private const double BodySize = 10.5;
    private const double Leading = 1.35;

    private static readonly Lock FontLock = new();
    private readonly List<Action<Layout>> _content = [];
    private readonly List<(string Title, int Level, int PageIndex)> _outline = [];

    /// <summary>The running header printed at the top of every page (null: none).</summary>
    public string? Header { get; init; } = "Raport o stanie Miasta Poznania";

    /// <summary>The footer printed at the bottom of every page; <c>{0}</c> is the page number (null: none).</summary>
    public string? Footer { get; init; } = "Strona {0}";

    /// <summary>Break a word that does not fit at the line end with a hyphen (Polish typesetting does).</summary>
    public bool Hyphenate { get; init; } = true;

    /// <summary>Add an outline (bookmarks) entry for every heading.</summary>
    public bool WithOutline { get; init; }

    /// <summary>Document title (Info dictionary).</summary>
    public string? Title { get; init; }

    /// <summary>User password: when set, the PDF is encrypted (it cannot be opened without it).</summary>
    public string? UserPassword { get; init; }

    /// <summary>How many line ends were hyphenated when the PDF was written.</summary>
    public int Hyphenations { get; private set; }

    /// <summary>The page each heading, paragraph and list item starts on (1-based), by its text, after <see cref="Build"/>.</summary>
    public Dictionary<string, int> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>A heading (level 1 is the largest).</summary>
    public ReportPdf Heading(string text, int level = 1)
    {
        _content.Add(l =>
        {
            var size = level switch { 1 => 18, 2 => 14, _ => 12 };
            l.Space(size * 0.8);
            l.EnsureRoom(size * 3);
            if (l.Owner.WithOutline)
            {
                l.Owner._outline.Add((text, level, l.PageNumber - 1));
            }

            l.Wrap(text, l.Font(size, bold: true), Margin, l.Width, hyphenate: false);
            l.Space(size * 0.4);
        });
        return this;
    }

    /// <summary>A paragraph of running text.</summary>
    public ReportPdf Paragraph(string text)
    {
        _content.Add(l =>
        {
            l.Wrap(text, l.Font(BodySize), Margin, l.Width, Hyphenate);
            l.Space(BodySize * 0.7);
        });
        return this;
    }

    /// <summary>A bullet list ("•" and a hanging indent).</summary>
    public ReportPdf Bullets(params string[] items)
    {
        _content.Add(l =>
        {
            var font = l.Font(BodySize);
            foreach (var item in items)
            {
                l.EnsureRoom(BodySize * Leading);
                l.Text("•", font, Margin + 8);
                l.Wrap(item, font, Margin + 22, l.Width - 22, Hyphenate);
            }

            l.Space(BodySize * 0.7);
        });
        return this;
    }

    /// <summary>A table: the first row is the header (bold), cells at fixed column starts.</summary>
    public ReportPdf Table(params string[][] rows)
    {
        _content.Add(l =>
        {
            var columns = rows.Max(r => r.Length);
            var width = l.Width / columns;
            for (var r = 0; r < rows.Length; r++)
            {
                var font = l.Font(BodySize, bold: r == 0);
                l.EnsureRoom(BodySize * Leading);
                for (var c = 0; c < rows[r].Length; c++)
                {
                    l.Text(rows[r][c], font, Margin + c * width, advance: false);
                }

                l.NewLine(BodySize);
            }

            l.Space(BodySize * 0.7);
        });
        return this;
    }

    /// <summary>Two columns side by side: the left paragraphs, then the right ones (read left column first).</summary>
    public ReportPdf TwoColumns(string[] left, string[] right)
    {
        _content.Add(l =>
        {
            var font = l.Font(BodySize);
            var gutter = 20;
            var width = (l.Width - gutter) / 2;
            var top = l.Y;
            foreach (var paragraph in left)
            {
                l.Wrap(paragraph, font, Margin, width, Hyphenate, breakPages: false);
                l.Space(BodySize * 0.7);
            }

            var leftBottom = l.Y;
            l.Y = top;
            foreach (var paragraph in right)
            {
                l.Wrap(paragraph, font, Margin + width + gutter, width, Hyphenate, breakPages: false);
                l.Space(BodySize * 0.7);
            }

            l.Y = Math.Max(leftBottom, l.Y);
        });
        return this;
    }

    /// <summary>
    /// Writes sections with <paramref name="section"/> (called with a running section number) until
    /// page <paramref name="page"/> is reached: a report of a given length without knowing the layout.
    /// </summary>
    public ReportPdf FillTo(int page, Action<ReportPdf, int> section)
    {
        _content.Add(l =>
        {
            for (var n = 0; l.PageNumber < page; n++)
            {
                var part = new ReportPdf { Hyphenate = Hyphenate };
                section(part, n);
                foreach (var step in part._content)
                {
                    step(l);
                }
            }
        });
        return this;
    }

    /// <summary>Leaves only <paramref name="lines"/> body lines free on the current page (the next paragraph runs over the page break).</summary>
    public ReportPdf NearPageEnd(int lines)
    {
        _content.Add(l => l.Y = Math.Max(l.Y, l.BottomY - lines * BodySize * Leading));
        return this;
    }

    /// <summary>Starts a new page.</summary>
    public ReportPdf PageBreak()
    {
        _content.Add(l => l.NewPage());
        return this;
    }

    /// <summary>Writes the PDF.</summary>
    public byte[] Build()
    {
        EnsureFonts();
        using var document = new PdfDocument();
        if (Title is not null)
        {
            document.Info.Title = Title;
        }

        var layout = new Layout(this, document);
        foreach (var step in _content)
        {
            step(layout);
        }

        layout.Finish();
        foreach (var (title, level, pageIndex) in _outline)
        {
            var parent = document.Outlines;
            // Nest under the last outline entry of a smaller level, as a table of contents does.
            for (var depth = 1; depth < level && parent.Count > 0; depth++)
            {
                parent = parent[parent.Count - 1].Outlines;
            }

            parent.Add(title, document.Pages[pageIndex]);
        }

        if (UserPassword is not null)
        {
            document.SecuritySettings.UserPassword = UserPassword;
            document.SecuritySettings.OwnerPassword = UserPassword + "-owner";
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>A PDF whose pages are only a picture (a scan): no text layer at all.</summary>
    public static byte[] ImageOnly(int pages)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            using var bitmap = new MemoryStream(Bitmap(64, 64));
            using var image = XImage.FromStream(bitmap);
            graphics.DrawImage(image, Margin, Margin, page.Width.Point - 2 * Margin, page.Height.Point - 2 * Margin);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Bitmap(int width, int height)
    {
        // A 24-bit BMP with a grey pattern, like a scanned page of lines.
        var row = (width * 3 + 3) & ~3;
        var bytes = new byte[54 + row * height];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BitConverter.GetBytes(bytes.Length).CopyTo(bytes, 2);
        BitConverter.GetBytes(54).CopyTo(bytes, 10);
        BitConverter.GetBytes(40).CopyTo(bytes, 14);
        BitConverter.GetBytes(width).CopyTo(bytes, 18);
        BitConverter.GetBytes(height).CopyTo(bytes, 22);
        BitConverter.GetBytes((short)1).CopyTo(bytes, 26);
        BitConverter.GetBytes((short)24).CopyTo(bytes, 28);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var value = (byte)(y % 4 == 0 && x % 7 != 0 ? 40 : 235);
                var at = 54 + y * row + x * 3;
                bytes[at] = bytes[at + 1] = bytes[at + 2] = value;
            }
        }

        return bytes;
    }

    private static void EnsureFonts()
    {
        lock (FontLock)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new DejaVuResolver();
            }
        }
    }

    private sealed class DejaVuResolver : IFontResolver
    {
        private const string Folder = "/usr/share/fonts/truetype/dejavu";

        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName)
        {
            var path = Path.Combine(Folder, faceName + ".ttf");
            return File.Exists(path)
                ? File.ReadAllBytes(path)
                : throw new FileNotFoundException($"{path} is missing: run scripts/setup --test (Debian package fonts-dejavu-core).", path);
        }
    }

    /// <summary>Where the next line goes; starts pages, prints header and footer.</summary>
    private sealed class Layout
    {
        private readonly ReportPdf _owner;
        private readonly PdfDocument _document;
        private readonly Dictionary<(double, bool), XFont> _fonts = [];
        private XGraphics? _graphics;
        private PdfPage? _page;
        private string? _key;

        public ReportPdf Owner => _owner;

        public Layout(ReportPdf owner, PdfDocument document)
        {
            _owner = owner;
            _document = document;
            NewPage();
        }

        public double Y { get; set; }

        public int PageNumber => _document.PageCount;

        public double Width => _page!.Width.Point - 2 * Margin;

        private double Bottom => _page!.Height.Point - Margin - 20;

        public double BottomY => Bottom;

        public XFont Font(double size, bool bold = false)
        {
            if (!_fonts.TryGetValue((size, bold), out var font))
            {
                font = new XFont("DejaVu Sans", size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                _fonts[(size, bold)] = font;
            }

            return font;
        }

        public void NewPage()
        {
            _graphics?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            var small = Font(8);
            if (_owner.Header is { } header)
            {
                _graphics.DrawString(header, small, XBrushes.Gray, Margin, Margin - 24);
            }

            if (_owner.Footer is { } footer)
            {
                _graphics.DrawString(string.Format(System.Globalization.CultureInfo.InvariantCulture, footer, PageNumber), small, XBrushes.Gray,
                    _page.Width.Point / 2 - 20, _page.Height.Point - Margin + 10);
            }

            Y = Margin;
        }

        public void EnsureRoom(double height)
        {
            if (Y + height > Bottom)
            {
                NewPage();
            }
        }

        public void Space(double height) => Y += height;

        public void NewLine(double size) => Y += size * Leading;

        public void Text(string text, XFont font, double x, bool advance = false)
        {
            _graphics!.DrawString(text, font, XBrushes.Black, x, Y + font.Size);
            if (advance)
            {
                NewLine(font.Size);
            }
        }

        public void Wrap(string text, XFont font, double x, double width, bool hyphenate, bool breakPages = true)
        {
            var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var line = new List<string>();
            _key = text;
            while (words.Count > 0)
            {
                var word = words.Peek();
                var candidate = string.Join(' ', line.Append(word));
                if (Measure(candidate, font) <= width)
                {
                    line.Add(words.Dequeue());
                    continue;
                }

                if (hyphenate && word.Length >= 8 && Split(line, word, font, width) is { } cut)
                {
                    words.Dequeue();
                    line.Add(word[..cut] + "-");
                    _owner.Hyphenations++;
                    Emit(line, font, x, breakPages);
                    words = new Queue<string>(words.Prepend(word[cut..]));
                    continue;
                }

                if (line.Count == 0)
                {
                    line.Add(words.Dequeue());
                }

                Emit(line, font, x, breakPages);
            }

            if (line.Count > 0)
            {
                Emit(line, font, x, breakPages);
            }
        }

        private int? Split(List<string> line, string word, XFont font, double width)
        {
            for (var cut = word.Length - 3; cut >= 4; cut--)
            {
                if (char.IsLetter(word[cut - 1]) && char.IsLetter(word[cut])
                    && Measure(string.Join(' ', line.Append(word[..cut] + "-")), font) <= width)
                {
                    return cut;
                }
            }

            return null;
        }

        private void Emit(List<string> line, XFont font, double x, bool breakPages)
        {
            if (breakPages)
            {
                EnsureRoom(font.Size * Leading);
            }

            if (_key is not null)
            {
                _owner.Pages.TryAdd(_key, PageNumber);
                _key = null;
            }

            Text(string.Join(' ', line), font, x);
            NewLine(font.Size);
            line.Clear();
        }

        private double Measure(string text, XFont font) => _graphics!.MeasureString(text, font).Width;

        public void Finish() => _graphics?.Dispose();
    }
}
