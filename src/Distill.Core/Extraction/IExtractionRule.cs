namespace Distill.Core.Extraction;

/// <summary>One rule of the offline extractor: the candidates it sees in a meeting, each with its passages.</summary>
internal interface IExtractionRule
{
    IEnumerable<Candidate> Find(Meeting meeting);
}
