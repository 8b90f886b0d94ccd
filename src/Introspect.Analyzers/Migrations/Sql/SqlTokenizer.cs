using System.Collections.Immutable;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Splits SQL text into tokens, skipping comments and white space, and keeping string literals, dollar-quoted bodies
/// and quoted identifiers whole, so that nothing inside them is mistaken for SQL. Never throws: an unterminated
/// string, comment or body runs to the end of the text.
/// </summary>
internal sealed class SqlTokenizer
{
    private readonly string _text;
    private readonly SqlDialect _dialect;
    private readonly ImmutableArray<SqlToken>.Builder _tokens = ImmutableArray.CreateBuilder<SqlToken>();
    private string _delimiter = ";";
    private int _position;

    private SqlTokenizer(string text, SqlDialect dialect)
    {
        _text = text;
        _dialect = dialect;
    }

    public static ImmutableArray<SqlToken> Tokenize(string text, SqlDialect dialect)
    {
        var tokenizer = new SqlTokenizer(text, dialect);
        tokenizer.Run();
        return tokenizer._tokens.ToImmutable();
    }

    private char At(int index) => index < _text.Length ? _text[index] : '\0';

    private void Run()
    {
        while (_position < _text.Length)
        {
            var start = _position;
            var character = _text[_position];
            if (char.IsWhiteSpace(character))
            {
                _position++;
            }
            else if (_delimiter != ";" && string.CompareOrdinal(_text, _position, _delimiter, 0, _delimiter.Length) == 0)
            {
                _position += _delimiter.Length;
                Add(SqlTokenKind.StatementEnd, start);
            }
            else if (character == '-' && At(_position + 1) == '-' || character == '#' && _dialect.HashComments)
            {
                SkipLine();
            }
            else if (character == '/' && At(_position + 1) == '*')
            {
                SkipBlockComment();
            }
            else if (_dialect.DelimiterCommand && IsDelimiterCommand())
            {
                ReadDelimiterCommand();
            }
            else
            {
                ReadToken(character, start);
            }
        }
    }

    private void ReadToken(char character, int start)
    {
        switch (character)
        {
            case '\'':
                ReadQuoted('\'', _dialect.BackslashEscapes);
                Add(SqlTokenKind.String, start);
                break;
            case '"':
                ReadQuotedIdentifier('"', start);
                break;
            case '`':
                ReadQuotedIdentifier('`', start);
                break;
            case '[' when _dialect.BracketIdentifiers:
                ReadQuotedIdentifier(']', start);
                break;
            case ';' when _delimiter == ";":
                _position++;
                Add(SqlTokenKind.StatementEnd, start);
                break;
            case '$' when _dialect.DollarQuotes && TryReadDollarQuoted():
                Add(SqlTokenKind.String, start);
                break;
            case '$' or '@' or '?' or ':' when IsParameterStart(character):
                _position++;
                while (_position < _text.Length && IsWordPart(_text[_position]))
                {
                    _position++;
                }

                Add(SqlTokenKind.Parameter, start);
                break;
            default:
                if (IsStringPrefix(character))
                {
                    var escapes = _dialect.BackslashEscapes || character is 'e' or 'E';
                    _position += character is 'u' or 'U' ? 3 : 1;
                    ReadQuoted('\'', escapes);
                    Add(SqlTokenKind.String, start);
                }
                else if (char.IsDigit(character) || character == '.' && char.IsDigit(At(_position + 1)))
                {
                    ReadNumber();
                    Add(SqlTokenKind.Number, start);
                }
                else if (IsWordStart(character))
                {
                    while (_position < _text.Length && IsWordPart(_text[_position]))
                    {
                        _position++;
                    }

                    Add(SqlTokenKind.Word, start);
                }
                else
                {
                    _position++;
                    Add(SqlTokenKind.Punctuation, start);
                }

                break;
        }
    }

    private void Add(SqlTokenKind kind, int start) =>
        _tokens.Add(new SqlToken(kind, start, _position - start, _text.Substring(start, _position - start)));

    private void SkipLine()
    {
        while (_position < _text.Length && _text[_position] != '\n')
        {
            _position++;
        }
    }

    private void SkipBlockComment()
    {
        var depth = 0;
        while (_position < _text.Length)
        {
            if (_text[_position] == '/' && At(_position + 1) == '*' && (depth == 0 || _dialect.NestedComments))
            {
                depth++;
                _position += 2;
            }
            else if (_text[_position] == '*' && At(_position + 1) == '/')
            {
                _position += 2;
                if (--depth == 0)
                {
                    return;
                }
            }
            else
            {
                _position++;
            }
        }
    }

    /// <summary>From the opening quote at the current position to after the closing one ('' is an escaped quote).</summary>
    private void ReadQuoted(char quote, bool backslashEscapes)
    {
        _position++;
        while (_position < _text.Length)
        {
            var character = _text[_position];
            if (backslashEscapes && character == '\\')
            {
                _position += 2;
            }
            else if (character == quote)
            {
                _position++;
                if (At(_position) != quote)
                {
                    return;
                }

                _position++;
            }
            else
            {
                _position++;
            }
        }

        _position = _text.Length;
    }

    private void ReadQuotedIdentifier(char close, int start)
    {
        _position++;
        var name = new System.Text.StringBuilder();
        while (_position < _text.Length)
        {
            var character = _text[_position++];
            if (character == close)
            {
                if (At(_position) != close)
                {
                    break;
                }

                _position++;
            }

            name.Append(character);
        }

        _tokens.Add(new SqlToken(SqlTokenKind.QuotedIdentifier, start, _position - start, name.ToString()));
    }

    /// <summary>$$…$$ or $tag$…$tag$; false when the $ starts no body (a $1 parameter, a $ inside a word).</summary>
    private bool TryReadDollarQuoted()
    {
        if (_position > 0 && IsWordPart(_text[_position - 1]))
        {
            return false;
        }

        var tagEnd = _position + 1;
        if (tagEnd < _text.Length && char.IsDigit(_text[tagEnd]))
        {
            return false;
        }

        while (tagEnd < _text.Length && (char.IsLetterOrDigit(_text[tagEnd]) || _text[tagEnd] == '_'))
        {
            tagEnd++;
        }

        if (At(tagEnd) != '$')
        {
            return false;
        }

        var tag = _text.Substring(_position, tagEnd + 1 - _position);
        var close = _text.IndexOf(tag, tagEnd + 1, StringComparison.Ordinal);
        _position = close < 0 ? _text.Length : close + tag.Length;
        return true;
    }

    private bool IsParameterStart(char character) => character switch
    {
        '$' => char.IsDigit(At(_position + 1)),
        '@' => IsWordPart(At(_position + 1)) || At(_position + 1) == '@',
        ':' => At(_position + 1) != ':' && IsWordStart(At(_position + 1)) && (_position == 0 || At(_position - 1) != ':'),
        _ => true,
    };

    /// <summary>E'…', N'…', X'…', B'…' and U&amp;'…' are strings with a prefix.</summary>
    private bool IsStringPrefix(char character) =>
        (_position == 0 || !IsWordPart(_text[_position - 1]))
        && (character is 'e' or 'E' or 'n' or 'N' or 'x' or 'X' or 'b' or 'B' && At(_position + 1) == '\''
            || character is 'u' or 'U' && At(_position + 1) == '&' && At(_position + 2) == '\'');

    private void ReadNumber()
    {
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '.'
            || (_text[_position] is '+' or '-' && _text[_position - 1] is 'e' or 'E')))
        {
            _position++;
        }
    }

    /// <summary>DELIMITER at the start of a line (mysql client scripts).</summary>
    private bool IsDelimiterCommand()
    {
        const string Command = "DELIMITER";
        if (string.Compare(_text, _position, Command, 0, Command.Length, StringComparison.OrdinalIgnoreCase) != 0
            || !char.IsWhiteSpace(At(_position + Command.Length)))
        {
            return false;
        }

        for (var index = _position - 1; index >= 0 && _text[index] != '\n'; index--)
        {
            if (!char.IsWhiteSpace(_text[index]))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadDelimiterCommand()
    {
        _position += "DELIMITER".Length;
        while (_position < _text.Length && _text[_position] is ' ' or '\t')
        {
            _position++;
        }

        var start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        if (_position > start)
        {
            _delimiter = _text.Substring(start, _position - start);
        }

        SkipLine();
    }

    private static bool IsWordStart(char character) => char.IsLetter(character) || character == '_';

    private static bool IsWordPart(char character) => char.IsLetterOrDigit(character) || character is '_' or '$';
}
