using System.Net.Sockets;
using System.Text;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>
/// HTTP/1.1 over a bare socket, for requests HttpClient refuses to send: broken chunking, a body shorter
/// than its Content-Length, a body that stalls. Sends <c>Connection: close</c> and reads to the end.
/// </summary>
internal static class RawHttp
{
    /// <summary>A parsed response.</summary>
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? ContentType => Headers.GetValueOrDefault("content-type");
    }

    /// <summary>Sends <paramref name="head"/> (request line and headers, without the blank line), then <paramref name="body"/>;
    /// with <paramref name="halfClose"/> shuts down the sending side, so the server sees the body end early.</summary>
    public static async Task<Response> SendAsync(Uri server, string head, Func<Stream, Task>? body = null, bool halfClose = false, TimeSpan? timeout = null, bool expectResponse = true)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(server.Host, server.Port, cts.Token);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var text = head.TrimEnd('\r', '\n').Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        if (!text.Contains("\r\nHost:", StringComparison.OrdinalIgnoreCase))
        {
            text += $"\r\nHost: {server.Authority}";
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(text + "\r\nConnection: close\r\n\r\n"), cts.Token);
        try
        {
            if (body is not null)
            {
                await body(stream);
            }

            await stream.FlushAsync(cts.Token);
            if (halfClose)
            {
                socket.Shutdown(SocketShutdown.Send);
            }
        }
        catch (IOException)
        {
            // The server may answer (413) and close before the whole body is sent: read what it said.
        }

        byte[] received;
        try
        {
            received = await ReadToEndAsync(stream, cts.Token);
        }
        catch (IOException) when (!expectResponse)
        {
            received = [];
        }

        return expectResponse || received.Length > 0 ? Parse(received) : new Response(0, new Dictionary<string, string>(), string.Empty);
    }

    /// <summary>Writes <paramref name="data"/> as one HTTP chunk.</summary>
    public static async Task WriteChunkAsync(Stream stream, ReadOnlyMemory<byte> data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException) when (buffer.Length > 0)
        {
            // A reset after the response: the response is what counts.
        }

        return buffer.ToArray();
    }

    private static Response Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, $"no HTTP response, got {bytes.Length} bytes: '{Encoding.ASCII.GetString(bytes)}'");
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = bytes.AsSpan(end + 4);
        var text = headers.GetValueOrDefault("transfer-encoding") == "chunked" ? Dechunk(body) : Encoding.UTF8.GetString(body);
        return new Response(status, headers, text);
    }

    private static string Dechunk(ReadOnlySpan<byte> body)
    {
        var result = new MemoryStream();
        while (!body.IsEmpty)
        {
            var eol = body.IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body[..eol]).Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            result.Write(body.Slice(eol + 2, size));
            body = body[(eol + 2 + size + 2)..];
        }

        return Encoding.UTF8.GetString(result.ToArray());
    }
}
