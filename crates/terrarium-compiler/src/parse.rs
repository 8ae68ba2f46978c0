//! Parsing with ruff, and ruff's errors turned into CPython's.

use ruff_python_ast::token::{Token, TokenKind, Tokens};
use ruff_python_ast::{Expr, Mod, PythonVersion};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, ParseOptions,
    UnsupportedSyntaxError, UnsupportedSyntaxErrorKind, parse_unchecked,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::Mode;
use crate::error::{CResult, CompileError, CompileErrorKind};
use crate::scan::check_limits;
use crate::source::SourceIndex;

/// A parsed module that drops its tree on a stack large enough for it:
/// ruff's nodes drop recursively, and hostile input nests deep (a chain of
/// 100000 unary minuses overflows an 8 MiB stack in a debug build).
pub(crate) struct ParsedModule {
    ast: Option<Mod>,
    drop_stack: usize,
}

impl ParsedModule {
    pub(crate) fn ast(&self) -> &Mod {
        self.ast.as_ref().unwrap()
    }
}

impl Drop for ParsedModule {
    fn drop(&mut self) {
        if let Some(ast) = self.ast.take() {
            stacker::maybe_grow(self.drop_stack, self.drop_stack, move || drop(ast));
        }
    }
}

/// Stack bytes to budget per level of AST nesting when dropping it
/// (measured: 128 in a debug build).
const DROP_BYTES_PER_LEVEL: usize = 512;

pub(crate) fn parse(
    source: &str,
    mode: Mode,
    index: &SourceIndex,
    int_max_str_digits: usize,
) -> CResult<ParsedModule> {
    // CPython's tokenizer refuses these before anything else.
    if let Some(nul) = source.find('\0') {
        let at = TextRange::empty(TextSize::new(nul as u32));
        return Err(CompileError::at_chars(
            CompileErrorKind::Syntax,
            "source code cannot contain null bytes",
            index.location(at),
            index,
        ));
    }
    let ruff_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    // CPython's tokenizer stops at too deep a bracket, so only the source
    // before it can hold an earlier error; the parser never sees the rest,
    // whose nesting can take it time quadratic in the depth (nested
    // f-strings). A truncated bracket leaves only errors at the end, where
    // the limit's error wins.
    let limit = check_limits(source);
    let parsed_source = match &limit {
        Some(e) if e.kind == CompileErrorKind::Syntax => &source[..e.offset],
        _ => source,
    };
    let parsed = parse_unchecked(parsed_source, options);
    let tokens = parsed.tokens().clone();
    let parse_errors = parsed.errors().to_vec();
    let unsupported = parsed.unsupported_syntax_errors().to_vec();
    let module = ParsedModule {
        drop_stack: 64 * 1024 + nesting_bound(&tokens) * DROP_BYTES_PER_LEVEL,
        ast: Some(parsed.into_syntax()),
    };

    // Only the first error is reported; only it is turned into a
    // `CompileError` (a malformed source can have one error per token, and
    // each error copies its source line).
    enum Found<'e> {
        Limit(crate::scan::ScanError),
        Parse(&'e ParseError),
        Unsupported(&'e UnsupportedSyntaxError),
    }
    let mut first = limit.map(|e| (TextSize::new(e.offset as u32), Found::Limit(e)));
    let found = parse_errors
        .iter()
        .map(|e| (e.location.start(), Found::Parse(e)))
        .chain(
            unsupported
                .iter()
                .map(|e| (e.range.start(), Found::Unsupported(e))),
        );
    for (start, f) in found {
        if first.as_ref().is_none_or(|(s, _)| start < *s) {
            first = Some((start, f));
        }
    }
    let mapper = ErrorMapper {
        source,
        index,
        tokens: &tokens,
    };
    match first {
        Some((offset, Found::Limit(e))) => {
            let loc = index.location(TextRange::empty(offset));
            return Err(CompileError::at_chars(e.kind, e.message, loc, index));
        }
        Some((_, Found::Parse(e))) => return Err(mapper.parse_error(e)),
        Some((_, Found::Unsupported(e))) => return Err(mapper.unsupported(e)),
        None => {}
    }
    if let Some((range, digits)) = too_long_decimal(source, &tokens, int_max_str_digits) {
        return Err(mapper.syntax(
            format!(
                "Exceeds the limit ({int_max_str_digits} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() to increase the \
                 limit - Consider hexadecimal for huge integer literals to avoid decimal \
                 conversion limits."
            ),
            range,
        ));
    }
    if let Some(range) = lone_surrogate_escape(source, &tokens) {
        return Err(mapper.syntax(
            "(unicode error) lone surrogates are not supported by Terrarium's str yet",
            range,
        ));
    }
    if mode == Mode::Single {
        check_single_statement(&module, index)?;
    }
    Ok(module)
}

/// The first decimal integer literal with more digits than `limit` (0: no
/// limit), and its digit count. Checked on the tokens, before any literal is
/// converted: converting a million digits takes quadratic time.
fn too_long_decimal(source: &str, tokens: &Tokens, limit: usize) -> Option<(TextRange, usize)> {
    if limit == 0 {
        return None;
    }
    tokens.iter().find_map(|t| {
        if t.kind() != TokenKind::Int || usize::from(t.range().len()) <= limit {
            return None;
        }
        let text = source.get(std::ops::Range::<usize>::from(t.range()))?;
        let radix_prefix = text.len() > 1
            && text.as_bytes()[0] == b'0'
            && matches!(text.as_bytes()[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        (!radix_prefix && digits > limit).then_some((t.range(), digits))
    })
}

/// The first `\uD800`-style escape of a lone surrogate in a str literal.
/// ruff decodes one to U+FFFD and Terrarium's str cannot hold a surrogate
/// yet, so such a literal is refused rather than silently changed.
fn lone_surrogate_escape(source: &str, tokens: &Tokens) -> Option<TextRange> {
    if !source.contains("\\u") && !source.contains("\\U") {
        return None;
    }
    tokens.iter().find_map(|t| {
        let escapable = matches!(
            t.kind(),
            TokenKind::String | TokenKind::FStringMiddle | TokenKind::TStringMiddle
        );
        let flags = t.string_flags()?;
        if !escapable || flags.is_raw_string() || flags.is_byte_string() {
            return None;
        }
        let text = source
            .get(std::ops::Range::<usize>::from(t.range()))?
            .as_bytes();
        let mut i = 0;
        while i < text.len() {
            if text[i] != b'\\' {
                i += 1;
                continue;
            }
            let digits = match text.get(i + 1) {
                Some(b'u') => 4,
                Some(b'U') => 8,
                _ => {
                    i += 2;
                    continue;
                }
            };
            let hex = text.get(i + 2..i + 2 + digits)?;
            let code = std::str::from_utf8(hex)
                .ok()
                .and_then(|h| u32::from_str_radix(h, 16).ok());
            if code.is_some_and(|c| (0xD800..=0xDFFF).contains(&c)) {
                let start = t.start() + TextSize::new(i as u32);
                return Some(TextRange::at(start, TextSize::new((2 + digits) as u32)));
            }
            i += 2;
        }
        None
    })
}

/// An upper bound on the AST's depth, from the tokens: within a logical line
/// every nesting level takes at least one token, but the items of a list
/// (and of any comma-separated sequence) are siblings, so each starts again
/// from the depth of its bracket. Lambda parameters are the exception: a
/// comma there does not end the lambda. Statements nest only through
/// indentation.
fn nesting_bound(tokens: &Tokens) -> usize {
    // Per open bracket: the depth inside it, and whether a lambda's
    // parameters are being read at that level.
    let mut brackets: Vec<(usize, bool)> = vec![(0, false)];
    let mut depth = 0usize;
    let (mut max_line, mut indent, mut max_indent) = (0usize, 0usize, 0usize);
    for token in tokens.iter() {
        match token.kind() {
            TokenKind::Newline | TokenKind::Semi => {
                depth = 0;
                brackets.truncate(1);
                brackets[0] = (0, false);
            }
            TokenKind::Indent => {
                indent += 1;
                max_indent = max_indent.max(indent);
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                depth += 1;
                brackets.push((depth, false));
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                if brackets.len() > 1 {
                    depth = brackets.pop().unwrap().0;
                }
            }
            TokenKind::Comma => {
                let &(base, in_lambda_params) = brackets.last().unwrap();
                if !in_lambda_params {
                    depth = base;
                }
            }
            TokenKind::Lambda => {
                depth += 1;
                brackets.last_mut().unwrap().1 = true;
            }
            TokenKind::Colon => {
                depth += 1;
                brackets.last_mut().unwrap().1 = false;
            }
            _ => depth += 1,
        }
        max_line = max_line.max(depth);
    }
    max_line + 4 * max_indent
}

/// `compile(..., "single")` takes one statement (which may be a compound
/// statement, or simple statements separated by semicolons on one line).
fn check_single_statement(module: &ParsedModule, index: &SourceIndex) -> CResult<()> {
    let Mod::Module(m) = module.ast() else {
        return Ok(());
    };
    if let [first, rest @ ..] = &m.body[..] {
        let first_line = index.line_col(first.range().end().into()).0;
        // CPython points after the first statement.
        if rest
            .iter()
            .any(|s| index.line_col(s.range().start().into()).0 > first_line)
        {
            return Err(CompileError::at_chars(
                CompileErrorKind::Syntax,
                "multiple statements found while compiling a single statement",
                index.location(TextRange::empty(first.range().end())),
                index,
            ));
        }
    }
    Ok(())
}

/// The tokens that start at or after `offset`. `Tokens::after` panics when
/// `offset` falls inside a token, which error positions can (inside an
/// f-string's middle part, say).
fn tokens_after(tokens: &Tokens, offset: TextSize) -> &[Token] {
    let i = tokens.partition_point(|t| t.start() < offset);
    &tokens[i..]
}

/// The tokens that end at or before `offset` (see `tokens_after`).
fn tokens_before(tokens: &Tokens, offset: TextSize) -> &[Token] {
    let i = tokens.partition_point(|t| t.end() <= offset);
    &tokens[..i]
}

struct ErrorMapper<'a> {
    source: &'a str,
    index: &'a SourceIndex<'a>,
    tokens: &'a Tokens,
}

impl ErrorMapper<'_> {
    fn error(
        &self,
        kind: CompileErrorKind,
        message: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        CompileError::at_chars(kind, message, self.index.location(range), self.index)
    }

    fn syntax(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::Syntax, message, range)
    }

    fn parse_error(&self, e: &ParseError) -> CompileError {
        let range = e.location;
        let at_start = TextRange::empty(range.start());
        match &e.error {
            // CPython points at the last indentation character, and at the
            // end of the line for a bad dedent.
            ParseErrorType::UnexpectedIndentation => self.error(
                CompileErrorKind::Indentation,
                "unexpected indent",
                TextRange::empty(range.end().checked_sub(1.into()).unwrap_or_default()),
            ),
            ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
                let rest = &self.source[range.start().to_usize()..];
                let line_end = range.start() + TextSize::of(rest.lines().next().unwrap_or(""));
                self.error(
                    CompileErrorKind::Indentation,
                    "unindent does not match any outer indentation level",
                    TextRange::empty(line_end),
                )
            }
            ParseErrorType::OtherError(msg) if msg.starts_with("Only single target") => {
                self.syntax(msg.replacen("Only", "only", 1), range)
            }
            ParseErrorType::ExpectedToken { found, .. } if is_aug_assign(*found) => {
                let start = self.line_start_token(range).map_or(range.start(), |t| t.start());
                self.syntax(
                    "'tuple' is an illegal expression for augmented assignment",
                    TextRange::empty(start),
                )
            }
            ParseErrorType::UnexpectedTokenAfterAsync(_) => self.syntax("invalid syntax", range),
            ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block") => {
                self.missing_block(msg, range)
            }
            ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
                let start = usize::from(range.start());
                let text = &self.source[start..];
                let quote_at = text.find(['\'', '"']).unwrap_or(0);
                let q = &text[quote_at..];
                let triple = q.starts_with("'''") || q.starts_with("\"\"\"");
                let (message, detected) = if triple {
                    let last = self.index.line_col(self.source.len() as u32).0;
                    ("unterminated triple-quoted string literal", last)
                } else {
                    ("unterminated string literal", self.index.line_col(range.start().into()).0)
                };
                self.syntax(format!("{message} (detected at line {detected})"), at_start)
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof) => match self.unclosed_bracket() {
                Some(token) => {
                    let ch = &self.source[token.range()];
                    self.syntax(format!("'{ch}' was never closed"), TextRange::empty(token.start()))
                }
                None => self.syntax("unexpected EOF while parsing", range),
            },
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                self.syntax("bytes can only contain ASCII literal characters", range)
            }
            ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => self.syntax(
                "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape",
                range,
            ),
            ParseErrorType::Lexical(LexicalErrorType::OtherError(msg)) => {
                self.syntax(lexical_message(msg), range)
            }
            ParseErrorType::Lexical(LexicalErrorType::FStringError(f))
            | ParseErrorType::FStringError(f) => {
                // CPython 3.11 reports f-string errors after the string.
                let end = tokens_after(self.tokens, range.start())
                    .iter()
                    .find(|t| t.kind() == TokenKind::FStringEnd)
                    .map_or(range.end(), |t| t.end());
                self.syntax(fstring_message(f), TextRange::empty(end))
            }
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Colon,
                ..
            } => self.syntax("expected ':'", at_start),
            ParseErrorType::ExpectedToken {
                expected: TokenKind::Else,
                ..
            } => self.syntax(
                "expected 'else' after 'if' expression",
                TextRange::empty(self.conditional_start(range)),
            ),
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                self.syntax("Generator expression must be parenthesized", range)
            }
            // CPython reports these after the offending argument.
            ParseErrorType::PositionalAfterKeywordArgument => self.syntax(
                "positional argument follows keyword argument",
                TextRange::empty(range.end()),
            ),
            ParseErrorType::PositionalAfterKeywordUnpacking => self.syntax(
                "positional argument follows keyword argument unpacking",
                TextRange::empty(range.end()),
            ),
            ParseErrorType::InvalidArgumentUnpackingOrder => self.syntax(
                "iterable argument unpacking follows keyword argument unpacking",
                range,
            ),
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                self.syntax("non-default argument follows default argument", range)
            }
            ParseErrorType::ExpectedKeywordParam => {
                self.syntax("named arguments must follow bare *", range)
            }
            ParseErrorType::VarParameterWithDefault => {
                // The range is the `=`; look at the stars before the name.
                let before = self.source[..usize::from(range.start())]
                    .trim_end()
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                    .trim_end();
                let message = if before.ends_with("**") {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                self.syntax(message, range)
            }
            ParseErrorType::InvalidStarredExpressionUsage => {
                self.syntax("can't use starred expression here", range)
            }
            ParseErrorType::IterableUnpackingInComprehension => {
                self.syntax("iterable unpacking cannot be used in comprehension", range)
            }
            ParseErrorType::InvalidAssignmentTarget => self.invalid_target(range, TargetContext::Assign),
            ParseErrorType::InvalidDeleteTarget => self.invalid_target(range, TargetContext::Delete),
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                self.invalid_target(range, TargetContext::AugAssign)
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                self.invalid_target(range, TargetContext::Named)
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                self.invalid_target(range, TargetContext::Annotated)
            }
            _ => self.syntax("invalid syntax", range),
        }
    }

    fn unsupported(&self, e: &UnsupportedSyntaxError) -> CompileError {
        // The detail enums are private to ruff; their Debug names are stable.
        let detail = format!("{:?}", e.kind);
        let message = match e.kind {
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
                if detail.contains("DictInDict") {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                }
            }
            UnsupportedSyntaxErrorKind::Pep701FString(_) => {
                if detail.contains("Backslash") {
                    "f-string expression part cannot include a backslash"
                } else if detail.contains("Comment") {
                    "f-string expression part cannot include '#'"
                } else {
                    "f-string: expecting '}'"
                }
            }
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                "multiple exception types must be parenthesized"
            }
            UnsupportedSyntaxErrorKind::TypeParameterList => "expected '('",
            UnsupportedSyntaxErrorKind::TypeAliasStatement => {
                // 3.11 reads `type` as a name, then stumbles on the next one.
                let next = tokens_after(self.tokens, e.range.start()).get(1);
                let at = next.map_or(e.range.start(), |t| t.start());
                return self.syntax("invalid syntax", TextRange::empty(at));
            }
            _ => "invalid syntax",
        };
        self.syntax(message, e.range)
    }

    /// CPython: "expected an indented block after 'if' statement on line 1".
    fn missing_block(&self, ruff_message: &str, range: TextRange) -> CompileError {
        let what = ruff_message
            .trim_start_matches("Expected an indented block after ")
            .replace('`', "'");
        let what = match what.as_str() {
            "'else' clause" => "'else' statement".to_string(),
            "'elif' clause" => "'elif' statement".to_string(),
            "'except' clause" => {
                if self.header_text(range).contains("except*") {
                    "'except*' statement".to_string()
                } else {
                    "'except' statement".to_string()
                }
            }
            "'finally' clause" => "'finally' statement".to_string(),
            "'case' block" => "'case' statement".to_string(),
            "'class' definition" => "class definition".to_string(),
            _ => what,
        };
        let line = self.header_line(range);
        self.error(
            CompileErrorKind::Indentation,
            format!("expected an indented block after {what} on line {line}"),
            range,
        )
    }

    /// The first token of the logical line that ends before `range`: the
    /// header of the block that is missing its body.
    fn header_token(&self, range: TextRange) -> Option<&Token> {
        let before = tokens_before(self.tokens, range.start());
        let end = before
            .iter()
            .rposition(|t| t.kind() == TokenKind::Newline)?;
        let start = before[..end]
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                )
            })
            .map_or(0, |i| i + 1);
        before[start..end]
            .iter()
            .find(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
    }

    fn header_line(&self, range: TextRange) -> u32 {
        let start = self
            .header_token(range)
            .map_or(range.start(), |t| t.start());
        self.index.line_col(start.into()).0
    }

    fn header_text(&self, range: TextRange) -> &str {
        let start = self
            .header_token(range)
            .map_or(range.start(), |t| t.start());
        &self.source[usize::from(start)..usize::from(range.start())]
    }

    /// The innermost bracket still open at the end of the tokens.
    fn unclosed_bracket(&self) -> Option<&Token> {
        let mut open: Vec<&Token> = Vec::new();
        for t in self.tokens.iter() {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(t),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    open.pop();
                }
                _ => {}
            }
        }
        open.pop()
    }

    fn invalid_target(&self, range: TextRange, context: TargetContext) -> CompileError {
        let text = &self.source[range];
        // Some expressions (a bare `yield`) only parse in parentheses.
        let expr = ruff_python_parser::parse_expression(text)
            .or_else(|_| ruff_python_parser::parse_expression(&format!("({text})")))
            .ok()
            .map(|p| p.into_expr());
        let name = if text.starts_with('*') && !text.starts_with("**") {
            "starred"
        } else {
            expr.as_ref().map_or("expression", expr_kind_name)
        };
        let message = match context {
            TargetContext::Assign
                if matches!(expr, Some(Expr::Yield(_) | Expr::YieldFrom(_)))
                    && !self.source[..range.start().to_usize()]
                        .trim_end()
                        .ends_with('(') =>
            {
                "assignment to yield expression not possible".to_string()
            }
            TargetContext::Assign => {
                let suggest = expr
                    .as_ref()
                    .is_some_and(|e| suggests_comparison(e) && self.is_lone_assign_target(range));
                if suggest {
                    format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot assign to {name}")
                }
            }
            TargetContext::Delete => format!("cannot delete {name}"),
            TargetContext::AugAssign => {
                format!("'{name}' is an illegal expression for augmented assignment")
            }
            TargetContext::Named => format!("cannot use assignment expressions with {name}"),
            TargetContext::Annotated => match expr {
                Some(Expr::Tuple(_)) => "only single target (not tuple) can be annotated".into(),
                Some(Expr::List(_)) => "only single target (not list) can be annotated".into(),
                _ => "illegal target for annotation".into(),
            },
        };
        self.syntax(message, range)
    }

    /// The first token of the logical line holding `range`.
    fn line_start_token(&self, range: TextRange) -> Option<&Token> {
        let before = tokens_before(self.tokens, range.start());
        let start = before
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi
                )
            })
            .map_or(0, |i| i + 1);
        before[start..]
            .iter()
            .find(|t| !matches!(t.kind(), TokenKind::Comment | TokenKind::NonLogicalNewline))
    }

    /// Where the body of the conditional expression whose `else` is missing
    /// starts: after the nearest token before its `if` that cannot be part
    /// of an operand.
    fn conditional_start(&self, range: TextRange) -> TextSize {
        let before = tokens_before(self.tokens, range.start());
        let Some(if_pos) = before.iter().rposition(|t| t.kind() == TokenKind::If) else {
            return range.start();
        };
        let mut depth = 0i32;
        for t in before[..if_pos].iter().rev() {
            match t.kind() {
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if depth > 0 => depth -= 1,
                TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace
                | TokenKind::Equal
                | TokenKind::Comma
                | TokenKind::Colon
                | TokenKind::Newline
                | TokenKind::Indent
                | TokenKind::Dedent
                | TokenKind::Semi
                | TokenKind::Return
                | TokenKind::Yield
                | TokenKind::Else
                | TokenKind::Lambda
                | TokenKind::ColonEqual
                    if depth == 0 =>
                {
                    let next = tokens_after(self.tokens, t.end());
                    return next.first().map_or(range.start(), |n| n.start());
                }
                _ => {}
            }
        }
        before.first().map_or(range.start(), |t| t.start())
    }

    /// True when `range` starts its statement and is followed by the
    /// statement's only `=`: CPython then suggests `==`.
    fn is_lone_assign_target(&self, range: TextRange) -> bool {
        let before = tokens_before(self.tokens, range.start());
        let line_start = before
            .iter()
            .rposition(|t| {
                matches!(
                    t.kind(),
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::Semi
                )
            })
            .map_or(0, |i| i + 1);
        if !before[line_start..]
            .iter()
            .all(|t| matches!(t.kind(), TokenKind::Lpar | TokenKind::NonLogicalNewline))
        {
            return false;
        }
        let mut depth = 0i32;
        let mut equals = 0;
        for t in tokens_after(self.tokens, range.start()) {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::Equal if depth <= 0 => equals += 1,
                TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile => break,
                _ => {}
            }
        }
        equals == 1
    }
}

enum TargetContext {
    Assign,
    Delete,
    AugAssign,
    Named,
    Annotated,
}

fn is_aug_assign(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
    )
}

/// Expressions the PEG parser reaches as `bitwise_or`, where CPython guesses
/// that `x = y` was meant as a comparison.
fn suggests_comparison(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => false,
        Expr::Tuple(_) | Expr::List(_) | Expr::Generator(_) => false,
        Expr::Compare(_) | Expr::BoolOp(_) | Expr::If(_) | Expr::Lambda(_) => false,
        Expr::UnaryOp(u) => u.op != ruff_python_ast::UnaryOp::Not,
        _ => true,
    }
}

/// CPython's `_PyPegen_get_expr_name`.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

fn lexical_message(msg: &str) -> String {
    match msg {
        "Invalid decimal integer literal" => {
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
        }
        m if m.starts_with("Invalid") && m.ends_with("literal") => m.to_lowercase(),
        _ => "invalid syntax".into(),
    }
}

fn fstring_message(e: &InterpolatedStringErrorType) -> &'static str {
    match e {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::UnterminatedString => "f-string: unterminated string",
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            "f-string: unterminated triple-quoted string"
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => "f-string: invalid syntax",
        InterpolatedStringErrorType::ConversionFlagNotImmediatelyAfterExclamation => {
            "f-string: conversion type must come right after the exclamanation mark"
        }
        InterpolatedStringErrorType::NewlineInFormatSpec => "f-string: expecting '}'",
    }
}
