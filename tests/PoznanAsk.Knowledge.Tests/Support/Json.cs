using System.Text.Json;
using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>Compares knowledge bases by value (records holding lists compare lists by reference).</summary>
internal static class Json
{
    public static string Of(KnowledgeBase k) => JsonSerializer.Serialize(new
    {
        k.Reports,
        k.Passages,
        k.Lists,
        k.Memberships,
        k.Events,
        k.Activities,
        k.Organisations,
        k.Warnings,
    });
}
