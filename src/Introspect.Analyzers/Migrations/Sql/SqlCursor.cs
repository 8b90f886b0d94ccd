using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Reads the tokens of one statement (or a part of it) front to back: keywords, names, parenthesised groups and
/// expressions up to a stop word. Reading past the end yields nothing rather than throwing.
/// </summary>
internal sealed class SqlCursor
{
    private readonly string _text;
    private readonly ImmutableArray<SqlToken> _tokens;
    private readonly int _end;

    public SqlCursor(string text, ImmutableArray<SqlToken> tokens, int start, int end)
    {
        _text = text;
        _tokens = tokens;
        Position = start;
        _end = end;
    }

    public int Position { get; set; }

    public int End => _end;

    public bool AtEnd => Position >= _end;

    public SqlToken Current => AtEnd ? default : _tokens[Position];

    public SqlToken Peek(int offset) => Position + offset >= 0 && Position + offset < _end ? _tokens[Position + offset] : default;

    public bool Is(string keyword) => !AtEnd && _tokens[Position].IsWord(keyword);

    public bool IsAt(int offset, string keyword) => Position + offset < _end && _tokens[Position + offset].IsWord(keyword);

    public bool IsPunctuation(char character) => !AtEnd && _tokens[Position].IsPunctuation(character);

    public bool Accept(string keyword)
    {
        if (!Is(keyword))
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Both keywords in a row, or nothing is consumed.</summary>
    public bool Accept(string first, string second)
    {
        if (!Is(first) || !IsAt(1, second))
        {
            return false;
        }

        Position += 2;
        return true;
    }

    public bool AcceptPunctuation(char character)
    {
        if (!IsPunctuation(character))
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>IF EXISTS / IF NOT EXISTS, which only change what happens when the object is (not) there.</summary>
    public void SkipIfExists()
    {
        if (Is("IF") && (IsAt(1, "EXISTS") || IsAt(1, "NOT") && IsAt(2, "EXISTS")))
        {
            Position += IsAt(1, "NOT") ? 3 : 2;
        }
    }

    public string? ReadName()
    {
        if (AtEnd || !_tokens[Position].IsName)
        {
            return null;
        }

        return _tokens[Position++].Value;
    }

    /// <summary>name, schema.name or database.schema.name (the last two parts are kept).</summary>
    public SchemaObjectName? ReadObjectName()
    {
        var parts = new List<string>(3);
        while (ReadName() is { } part)
        {
            parts.Add(part);
            if (!IsPunctuation('.') || Peek(1).Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier))
            {
                break;
            }

            Position++;
        }

        return parts.Count switch
        {
            0 => null,
            1 => new SchemaObjectName(null, parts[0]),
            _ => new SchemaObjectName(parts[parts.Count - 2], parts[parts.Count - 1]),
        };
    }

    /// <summary>At '(': moves past the matching ')' (or to the end when it is missing).</summary>
    public void SkipParenthesised()
    {
        if (!IsPunctuation('('))
        {
            return;
        }

        var depth = 0;
        while (!AtEnd)
        {
            var token = _tokens[Position++];
            if (token.IsPunctuation('('))
            {
                depth++;
            }
            else if (token.IsPunctuation(')') && --depth == 0)
            {
                return;
            }
        }
    }

    /// <summary>Moves to the next top-level ',' or one of the stop words at depth 0 (not consumed), or the end.</summary>
    public void SkipUntil(Func<SqlCursor, bool> stop)
    {
        while (!AtEnd && !IsPunctuation(',') && !IsPunctuation(')') && !stop(this))
        {
            if (IsPunctuation('('))
            {
                SkipParenthesised();
            }
            else
            {
                Position++;
            }
        }
    }

    /// <summary>The items of the parenthesised list at the cursor, each as its token range; the cursor moves past it.</summary>
    public ImmutableArray<(int Start, int End)> ReadParenthesisedItems()
    {
        var items = ImmutableArray.CreateBuilder<(int, int)>();
        if (!AcceptPunctuation('('))
        {
            return items.ToImmutable();
        }

        var start = Position;
        while (!AtEnd)
        {
            if (IsPunctuation('('))
            {
                SkipParenthesised();
            }
            else if (IsPunctuation(',') || IsPunctuation(')'))
            {
                if (Position > start)
                {
                    items.Add((start, Position));
                }

                if (_tokens[Position++].IsPunctuation(')'))
                {
                    break;
                }

                start = Position;
            }
            else
            {
                Position++;
            }
        }

        return items.ToImmutable();
    }

    /// <summary>The column names of (a, b DESC, lower(c)): a plain name, or the expression as written.</summary>
    public ImmutableArray<string> ReadColumnList() =>
        ReadParenthesisedItems().Select(item => _tokens[item.Start].IsName && (item.End == item.Start + 1 || IsSortSuffix(item))
                ? _tokens[item.Start].Value
                : Text(item.Start, item.End))
            .ToImmutableArray();

    /// <summary>The source text from the first token to the end of the last one before <paramref name="end"/>.</summary>
    public string Text(int start, int end) =>
        end <= start ? string.Empty : _text.Substring(_tokens[start].Start, _tokens[end - 1].End - _tokens[start].Start);

    public SqlCursor Slice(int start, int end) => new(_text, _tokens, start, end);

    /// <summary>Whether a keyword occurs at depth 0 between the cursor and the end.</summary>
    public bool ContainsTopLevel(string keyword)
    {
        var depth = 0;
        for (var index = Position; index < _end; index++)
        {
            var token = _tokens[index];
            if (token.IsPunctuation('('))
            {
                depth++;
            }
            else if (token.IsPunctuation(')'))
            {
                depth--;
            }
            else if (depth == 0 && token.IsWord(keyword))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSortSuffix((int Start, int End) item)
    {
        for (var index = item.Start + 1; index < item.End; index++)
        {
            var token = _tokens[index];
            if (!(token.IsWord("ASC") || token.IsWord("DESC") || token.IsWord("NULLS") || token.IsWord("FIRST") || token.IsWord("LAST")
                || token.IsWord("COLLATE") || token.Kind == SqlTokenKind.QuotedIdentifier || index > item.Start + 1 && _tokens[index - 1].IsWord("COLLATE")))
            {
                return false;
            }
        }

        return true;
    }
}
