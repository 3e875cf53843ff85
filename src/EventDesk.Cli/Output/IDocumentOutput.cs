using EventDesk.Text;

namespace EventDesk.Cli.Output;

/// <summary>Writes annotated documents one by one; disposing finishes the output.</summary>
public interface IDocumentOutput : IDisposable
{
    void Write(Document document);
}
