using System.IO.Compression;
using System.Text;

namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// PlantUML's text encoding for server URLs: the UTF-8 text, deflated (raw, no zlib header), written with PlantUML's own
/// base-64 alphabet (0-9 A-Z a-z - _), three bytes to four characters, the last group padded with zero bytes.
/// </summary>
public static class PlantUmlTextEncoding
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    public static string Encode(string text)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(Encoding.UTF8.GetBytes(text));
        }

        var bytes = compressed.ToArray();
        var builder = new StringBuilder(((bytes.Length + 2) / 3) * 4);
        for (var index = 0; index < bytes.Length; index += 3)
        {
            int first = bytes[index];
            var second = index + 1 < bytes.Length ? bytes[index + 1] : 0;
            var third = index + 2 < bytes.Length ? bytes[index + 2] : 0;
            builder.Append(Alphabet[first >> 2])
                .Append(Alphabet[((first & 0x3) << 4) | (second >> 4)])
                .Append(Alphabet[((second & 0xF) << 2) | (third >> 6)])
                .Append(Alphabet[third & 0x3F]);
        }

        return builder.ToString();
    }

    /// <summary>The text an encoded string stands for; <see cref="FormatException"/> for a character outside the alphabet.</summary>
    public static string Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length * 3 / 4);
        for (var index = 0; index + 3 < encoded.Length; index += 4)
        {
            var a = Value(encoded[index]);
            var b = Value(encoded[index + 1]);
            var c = Value(encoded[index + 2]);
            var d = Value(encoded[index + 3]);
            bytes.Add((byte)((a << 2) | (b >> 4)));
            bytes.Add((byte)(((b & 0xF) << 4) | (c >> 2)));
            bytes.Add((byte)(((c & 0x3) << 6) | d));
        }

        using var deflate = new DeflateStream(new MemoryStream([.. bytes]), CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static int Value(char character)
    {
        var value = Alphabet.IndexOf(character, StringComparison.Ordinal);
        return value >= 0 ? value : throw new FormatException($"'{character}' is not in PlantUML's text encoding alphabet.");
    }
}
