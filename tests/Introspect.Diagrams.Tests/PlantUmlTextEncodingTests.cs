using Introspect.Diagrams.PlantUml;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

public sealed class PlantUmlTextEncodingTests
{
    // The example on plantuml.com/text-encoding.
    private const string KnownText = "Bob -> Alice : hello";
    private const string KnownEncoding = "SyfFKj2rKt3CoKnELR1Io4ZDoSa70000";

    [Fact]
    public void KnownVector_DecodesToItsText() => Assert.Equal(KnownText, PlantUmlTextEncoding.Decode(KnownEncoding));

    [Fact]
    public void Encoding_UsesOnlyTheUrlSafeAlphabet_AndRoundTripsUnicode()
    {
        const string text = "@startuml\nrectangle \"Größe → 日本 \\\" &#34;\"\n@enduml\n";

        var encoded = PlantUmlTextEncoding.Encode(text);

        Assert.Matches("^[0-9A-Za-z_-]+$", encoded);
        Assert.Equal(text, PlantUmlTextEncoding.Decode(encoded));
    }

    [Fact]
    public void ServerUri_PutsTheEncodingAfterSvg() =>
        Assert.Equal(
            "http://plantuml.internal:8080/plantuml/svg/" + PlantUmlTextEncoding.Encode(KnownText),
            PlantUmlServerRenderer.SvgUri(new Uri("http://plantuml.internal:8080/plantuml/"), KnownText).AbsoluteUri);

    [Fact]
    public void BadCharacter_IsAFormatException() => Assert.Throws<FormatException>(() => PlantUmlTextEncoding.Decode("ab+c"));

    [SkippableFact]
    public async Task RealPlantUml_DecodesOurEncodingToTheSameText()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);
        var encoded = PlantUmlTextEncoding.Encode("@startuml\nBob -> Alice : hello there\n@enduml");

        var result = await ProcessRunner.RunAsync("java", ["-jar", jar, "-decodeurl", encoded], Path.GetTempPath(), TimeSpan.FromMinutes(2));

        Assert.Contains("Bob -> Alice : hello there", result.Output, StringComparison.Ordinal);
    }
}
