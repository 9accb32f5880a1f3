using System.Globalization;

namespace PoznanAsk.Web.Api;

/// <summary>The detail of a 400 for a query that does not parse: the parser's (Polish) message and where, in Polish too.</summary>
internal static class QueryErrors
{
    public static string Detail(string message, int position) =>
        string.Create(CultureInfo.InvariantCulture, $"{message.TrimEnd().TrimEnd('.')} (znak {position + 1} zapytania).");
}
