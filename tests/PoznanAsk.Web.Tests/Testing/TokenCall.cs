namespace PoznanAsk.Web.Tests.Testing;

/// <summary>One request to the fake token endpoint.</summary>
internal sealed record TokenCall(string Tenant, Dictionary<string, string> Form);
