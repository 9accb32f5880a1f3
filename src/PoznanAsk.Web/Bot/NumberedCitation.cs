using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.Bot;

/// <summary>A citation with the position its <c>[n]</c> marker has in the reply text.</summary>
internal sealed record NumberedCitation(int Position, Citation Citation);
